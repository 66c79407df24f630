"""Role and level badges shown beside a member's name (`{% member_badges %}`, community.templatetags.components)."""

from dataclasses import dataclass

from community.levels import Level
from community.roles import Role

ROLE_BADGES = {
    Role.CHAMPION: ("Champion", "purple"),
    Role.COORDINATOR: ("Coordinator", "blue"),
    Role.TECH_SUPPORT: ("Tech support", "turquoise"),
}
LEVEL_BADGES = {
    Level.CORPORATE_USER: ("Corporate user", "green"),
    Level.ACCOUNT_MANAGER: ("Account manager", "orange"),
}


@dataclass(frozen=True)
class Badge:
    label: str
    colour: str  # a govuk-tag--<colour> modifier


def badges(*, level: Level | None, roles) -> list[Badge]:
    """Roles first (in Role order), then the level; a Basic member has no level badge.

    Only roles the community meets have a badge: the data protection officer's work is not shown beside names.
    """
    shown = [Badge(*ROLE_BADGES[role]) for role in Role if role in roles and role in ROLE_BADGES]
    if level in LEVEL_BADGES:
        shown.append(Badge(*LEVEL_BADGES[level]))
    return shown
