from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("sites.my_access")
def may_see_my_access(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_member


@permissions.rule("sites.export")
def may_export_site_lists(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.TECH_SUPPORT)


@permissions.rule("sites.review")
def may_review_sites(viewer: ViewerFacts, obj) -> bool:
    """Technical support keep the lists and review each site by its review date."""
    return viewer.has_role(Role.TECH_SUPPORT)
