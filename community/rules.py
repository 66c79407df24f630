"""Rules for the community's capabilities, by level and role (DESIGN.md)."""

from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("site.use")
def may_use_site(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_member


@permissions.rule("licences.manage")
def may_manage_licences(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.CHAMPION)


@permissions.rule("forum.moderate")
def may_moderate_forum(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.CHAMPION)


@permissions.rule("courses.author")
def may_author_courses(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.CHAMPION)


@permissions.rule("admin.enter")
def may_enter_admin(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_superuser or bool(viewer.roles)
