"""Rules for the community's capabilities, by level and role (DESIGN.md)."""

from community.levels import Level
from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("site.use")
def may_use_site(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_member


@permissions.rule("forum.enthusiasts")
def may_use_enthusiasts_forum(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_member


@permissions.rule("community.corporate_users")
def may_join_corporate_users(viewer: ViewerFacts, obj) -> bool:
    return viewer.at_least(Level.CORPORATE_USER) or viewer.has_role(Role.CHAMPION)


@permissions.rule("community.account_managers")
def may_join_account_managers(viewer: ViewerFacts, obj) -> bool:
    return viewer.at_least(Level.ACCOUNT_MANAGER) or viewer.has_role(Role.COORDINATOR)


@permissions.rule("accounts.apply")
def may_apply_for_account(viewer: ViewerFacts, obj) -> bool:
    return viewer.at_least(Level.CORPORATE_USER)


@permissions.rule("accounts.record_measures")
def may_record_account_measures(viewer: ViewerFacts, obj) -> bool:
    """Managers record measures and incidents for the accounts they manage; coordinators for any."""
    if viewer.has_role(Role.COORDINATOR):
        return True
    if not viewer.at_least(Level.ACCOUNT_MANAGER):
        return False
    return obj is None or obj.managers.filter(pk=viewer.member_id).exists()


@permissions.rule("accounts.manage_register")
def may_manage_account_register(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.COORDINATOR)


@permissions.rule("sites.manage_lists")
def may_manage_site_lists(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.TECH_SUPPORT)


@permissions.rule("licences.manage")
def may_manage_licences(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.CHAMPION)


@permissions.rule("forum.moderate")
def may_moderate_forum(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.CHAMPION)


@permissions.rule("courses.author")
def may_author_courses(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.CHAMPION)


@permissions.rule("measures.view")
def may_view_measures(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.CHAMPION, Role.COORDINATOR)


@permissions.rule("admin.enter")
def may_enter_admin(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_superuser or bool(viewer.roles)
