"""Audiences are the community levels (community.levels.Level), stored as their numbers."""

from community.levels import Level

AUDIENCE_CHOICES = [(level.value, level.label) for level in Level]

# Who each audience is, for sentences such as "Guidelines for corporate users".
AUDIENCE_PEOPLE = {
    Level.BASIC.value: "all staff",
    Level.CORPORATE_USER.value: "corporate users",
    Level.ACCOUNT_MANAGER.value: "account managers",
}


class AudienceMixin:
    """For pages with an `audience` field holding a Level value."""

    @property
    def audience_label(self) -> str:
        return Level(self.audience).label

    @property
    def audience_people(self) -> str:
        return AUDIENCE_PEOPLE[self.audience]
