from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("sites.my_access")
def may_see_my_access(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_member


@permissions.rule("sites.export")
def may_export_site_lists(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.TECH_SUPPORT)
