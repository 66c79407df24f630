"""What the permission handler knows about the person asking, computed once per request."""

from dataclasses import dataclass
from functools import cached_property

from community.levels import Level, level_of
from community.roles import ROLE_GROUP_NAMES, Role


@dataclass(frozen=True)
class ViewerFacts:
    member_id: int | None
    level: Level | None
    roles: frozenset[Role]
    is_superuser: bool

    @property
    def is_member(self) -> bool:
        return self.level is not None

    def has_role(self, *roles: Role) -> bool:
        return self.is_superuser or any(role in self.roles for role in roles)

    def at_least(self, level: Level) -> bool:
        return self.level is not None and self.level >= level

    @cached_property
    def must_use_mfa(self) -> bool:
        """Anyone with a role, or Wagtail superuser rights, needs TOTP before the admin."""
        return self.is_superuser or bool(self.roles)


ANONYMOUS = ViewerFacts(member_id=None, level=None, roles=frozenset(), is_superuser=False)


def facts_for(user) -> ViewerFacts:
    """Cached on the user object, so a request pays for it once (two small queries)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return ANONYMOUS
    cached = getattr(user, "_postwise_facts", None)
    if cached is not None:
        return cached
    group_names = set(user.groups.filter(name__in=ROLE_GROUP_NAMES).values_list("name", flat=True))
    facts = ViewerFacts(
        member_id=user.pk,
        level=level_of(user),
        roles=frozenset(Role(name) for name in group_names),
        is_superuser=user.is_superuser,
    )
    user._postwise_facts = facts
    return facts


def forget_facts(user) -> None:
    """Call after a change that may alter the level or roles within the same request."""
    # Also what was worked out from the facts and kept on the user (the forum's readable categories).
    for name in [name for name in vars(user) if name.startswith("_postwise_")]:
        delattr(user, name)
