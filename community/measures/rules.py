"""Who may see the measures."""

from community.measures.selectors import is_sponsor
from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("measures.view")
def may_view_measures(viewer: ViewerFacts, obj) -> bool:
    """Champions and coordinators see every measure."""
    return viewer.has_role(Role.CHAMPION, Role.COORDINATOR)


@permissions.rule("measures.dashboard")
def may_open_the_dashboard(viewer: ViewerFacts, obj) -> bool:
    """Champions and coordinators see everything; an account's sponsor sees their own accounts' part."""
    return viewer.has_role(Role.CHAMPION, Role.COORDINATOR) or (
        viewer.is_member and is_sponsor(member_id=viewer.member_id)
    )
