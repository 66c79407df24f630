from community.permissions import permissions
from community.viewer import ViewerFacts


@permissions.rule("sites.my_access")
def may_see_my_access(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_member
