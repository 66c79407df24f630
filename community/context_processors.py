from community.navigation import nav_items_for
from community.permissions import permissions
from community.viewer import facts_for


def viewer(request) -> dict:
    """The viewer's facts and the navigation they may see: lazy, so pages that don't ask pay nothing."""
    user = getattr(request, "user", None)

    def navigation():
        return nav_items_for(user, request.path) if user is not None else []

    return {
        "viewer": (lambda: facts_for(user)) if user is not None else None,
        "nav_items": navigation,
        # The admin link sits in the header's personal menu, beside "Your account".
        "may_enter_admin": (lambda: permissions.can(user, "admin.enter")) if user is not None else False,
    }
