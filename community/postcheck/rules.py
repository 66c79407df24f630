from community.permissions import permissions
from community.viewer import ViewerFacts


@permissions.rule("postcheck.use")
def may_check_a_post(viewer: ViewerFacts, obj) -> bool:
    """Every signed-in member: anyone may post about work, so anyone may check a draft first."""
    return viewer.is_member
