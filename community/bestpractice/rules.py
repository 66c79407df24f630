from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("bestpractice.view")
def may_view(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_member


@permissions.rule("bestpractice.promote")
def may_promote(viewer: ViewerFacts, obj) -> bool:
    """Champions curate the library."""
    return viewer.has_role(Role.CHAMPION)
