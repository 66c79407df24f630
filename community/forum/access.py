"""Whether a viewer meets a category's rule for reading, starting topics or replying."""

from community.levels import Level
from community.roles import Role
from community.viewer import ViewerFacts


def meets(viewer: ViewerFacts, *, level: int | None, roles: list[str]) -> bool:
    if not viewer.is_member:
        return False
    if level is not None and viewer.at_least(Level(level)):
        return True
    return viewer.has_role(*(Role(name) for name in roles if name in Role._value2member_map_))


def may_read_category(viewer: ViewerFacts, category) -> bool:
    # Moderators see every category, so they can act on what is flagged in it.
    return viewer.has_role(Role.CHAMPION) or meets(viewer, level=category.read_level, roles=category.read_roles)


def may_start_in_category(viewer: ViewerFacts, category) -> bool:
    return may_read_category(viewer, category) and meets(viewer, level=category.start_level, roles=category.start_roles)


def may_reply_in_category(viewer: ViewerFacts, category) -> bool:
    # Moderators may reply wherever they read, to explain a moderation decision in place.
    if viewer.has_role(Role.CHAMPION):
        return True
    return may_read_category(viewer, category) and meets(viewer, level=category.reply_level, roles=category.reply_roles)


def readable_by_every_member(category) -> bool:
    """Whether every member may read the category: anything else is restricted to some levels or roles."""
    return category.read_level == Level.BASIC
