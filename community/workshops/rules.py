from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("workshops.view")
def may_view(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_member


@permissions.rule("workshops.run")
def may_run(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.CHAMPION)


@permissions.rule("workshops.take_part")
def may_take_part(viewer: ViewerFacts, workshop) -> bool:
    """Everyone may place statements while the workshop is open; nobody once it is closed."""
    return viewer.is_member and workshop is not None and workshop.is_open


@permissions.rule("workshops.see_placings")
def may_see_placings(viewer: ViewerFacts, workshop) -> bool:
    """A champion running a live workshop may hide placings until they reveal them; champions always see them."""
    if not viewer.is_member or workshop is None:
        return False
    return not workshop.placings_hidden or viewer.has_role(Role.CHAMPION)
