"""The signed-in member's row, kept in the shared cache so that a page costs no query to know who asks.

`community.auth_backends` reads it (with the other keys every page needs, in one round trip). Every write
to a member forgets it: `Member.save` and deletes through the receiver in `community.viewer`, and
`Member.objects.….update()` through `MemberQuerySet.update`; each forgets it at once and again when the
transaction commits, so a request that read the old row in between cannot keep it. A change no code path
sees (raw SQL, a data migration) shows within MEMBER_SECONDS. The cached copy holds no password hash.
"""

import copy
from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction

from community import request_cache

MEMBER_KEY_PREFIX = "member:"
MEMBER_SECONDS = 300


def member_key(member_id: int) -> str:
    return f"{MEMBER_KEY_PREFIX}{member_id}"


SESSION_HASH_ATTRIBUTE = "_cached_session_auth_hash"


def remember_member(member) -> None:
    """Keep a copy of the member without their password hash: the cache holds the session's check value
    instead (`Member.get_session_auth_hash` answers from it). On the copy the password is a deferred field,
    so reading it (a password change, a fallback secret) loads it with one query, and saving the copy
    writes only the fields it holds."""
    kept = copy.copy(member)
    setattr(kept, SESSION_HASH_ATTRIBUTE, member.get_session_auth_hash())
    kept.__dict__.pop("password", None)
    cache.set(member_key(member.pk), kept, MEMBER_SECONDS)


def forget_members(member_ids: Iterable[int]) -> None:
    keys = [member_key(member_id) for member_id in member_ids if member_id is not None]
    if not keys:
        return
    cache.delete_many(keys)
    request_cache.discard(*keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
