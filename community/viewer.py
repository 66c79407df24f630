"""What the permission handler knows about the person asking, computed once per request."""

import uuid
from dataclasses import dataclass
from functools import cached_property

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.utils import timezone

from community import request_cache
from community.levels import Level, level_of
from community.member_cache import forget_members
from community.models import Member, OfficialAccount
from community.roles import ROLE_GROUP_NAMES, Role

FACTS_KEY_PREFIX = "viewer-facts:"
FACTS_GENERATION_KEY = "viewer-facts:generation"
# A safety net for changes no receiver sees (a queryset .update()): facts are at most this old.
FACTS_SECONDS = 300


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


def facts_cache_keys(member_id: int) -> list[str]:
    """What facts_for reads from the cache: the request cache fetches these with the member."""
    return [FACTS_GENERATION_KEY, _cache_key(member_id)]


def _cache_key(member_id: int) -> str:
    # The day is in the key: a licence that starts or ends today changes the level without any write.
    return f"{FACTS_KEY_PREFIX}{member_id}:{timezone.localdate().isoformat()}"


def facts_for(user) -> ViewerFacts:
    """Kept in the shared cache between requests (no query on a warm cache, and no round trip of its own on a
    page: community.request_cache reads it with the member; two small queries otherwise) and on
    the user object within one. The receivers below, and the licences app's, forget them when a role,
    licence or managed account changes; a licence type's change forgets everyone's."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return ANONYMOUS
    cached = getattr(user, "_postwise_facts", None)
    if cached is not None:
        return cached
    key = _cache_key(user.pk)
    stored = request_cache.get_many(facts_cache_keys(user.pk))
    generation = stored.get(FACTS_GENERATION_KEY, 0)
    entry = stored.get(key)
    if entry is not None and entry[0] == generation:
        level, role_names = entry[1], entry[2]
    else:
        role_names = tuple(sorted(user.groups.filter(name__in=ROLE_GROUP_NAMES).values_list("name", flat=True)))
        level = level_of(user)
        cache.set(key, (generation, level, role_names), FACTS_SECONDS)
    facts = ViewerFacts(
        member_id=user.pk,
        level=level,
        roles=frozenset(Role(name) for name in role_names),
        is_superuser=user.is_superuser,
    )
    user._postwise_facts = facts
    return facts


def forget_member(member_id: int | None) -> None:
    """Call when something that decides the member's level or roles changed (most changes are caught by
    the receivers below)."""
    if member_id is not None:
        cache.delete(_cache_key(member_id))
        request_cache.discard(_cache_key(member_id))


def forget_everyone() -> None:
    """Call when a change alters every member's level (a licence type's rule)."""
    cache.set(FACTS_GENERATION_KEY, uuid.uuid4().hex, None)
    request_cache.discard(FACTS_GENERATION_KEY)


def forget_facts(user) -> None:
    """Call after a change that may alter the level or roles within the same request."""
    forget_member(getattr(user, "pk", None))
    # Also what was worked out from the facts and kept on the user (the forum's readable categories).
    for name in [name for name in vars(user) if name.startswith("_postwise_")]:
        delattr(user, name)


@receiver(m2m_changed, sender=Member.groups.through, dispatch_uid="viewer.roles_changed")
def _roles_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if not action.startswith("post_"):
        return
    if not reverse:
        forget_member(instance.pk)
    elif action == "post_clear":
        forget_everyone()
    else:
        for member_id in pk_set or ():
            forget_member(member_id)


@receiver(m2m_changed, sender=OfficialAccount.managers.through, dispatch_uid="viewer.managers_changed")
def _managers_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if action == "pre_clear" and not reverse:
        for member_id in instance.managers.values_list("pk", flat=True):
            forget_member(member_id)
    elif action.startswith("post_"):
        member_ids = [instance.pk] if reverse else list(pk_set or ())
        for member_id in member_ids:
            forget_member(member_id)


@receiver(post_save, sender=OfficialAccount, dispatch_uid="viewer.account_saved")
@receiver(pre_delete, sender=OfficialAccount, dispatch_uid="viewer.account_deleted")
def _account_changed(sender, instance, **kwargs) -> None:
    if instance.pk is not None:
        for member_id in instance.managers.values_list("pk", flat=True):
            forget_member(member_id)


@receiver(post_save, sender=Member, dispatch_uid="viewer.member_saved")
@receiver(post_delete, sender=Member, dispatch_uid="viewer.member_deleted")
def _member_changed(sender, instance, **kwargs) -> None:
    forget_member(instance.pk)
    forget_members([instance.pk])
