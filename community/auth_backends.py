"""Django's and allauth's authentication backends, with the signed-in member read from the shared cache.

`get_user` is where Django turns the session's member id into the member on every request. Here it also
reads, in the same round trip, the other keys every page needs (`community.request_cache`), so the
session and one `get_many` are all the cache reads a page's header and permissions cost, and the member
costs no query. The session's hash is still checked by Django against the member's password hash, and an
inactive member is still refused, as Django's own backend does.
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth.backends import ModelBackend

from community import request_cache
from community.member_cache import member_key, remember_member
from community.models import Member


def cached_member(member_id: int) -> Member | None:
    key = member_key(member_id)
    # A GET or HEAD fetches what the page will read with the member; any other request needs only the member.
    others = request_cache.keys_for_member(member_id) if request_cache.prefetching() else []
    found = request_cache.prefetch([key, *others])
    member = found.get(key)
    if member is None:
        member = Member._default_manager.filter(pk=member_id).first()
        if member is not None:
            remember_member(member)
    return member


class CachedMemberMixin:
    def get_user(self, user_id):
        member = cached_member(user_id)
        return member if member is not None and self.user_can_authenticate(member) else None


class MemberBackend(CachedMemberMixin, ModelBackend):
    """Django's ModelBackend (sign-in by email and password, permissions), the member read as above."""


class AllauthMemberBackend(CachedMemberMixin, AuthenticationBackend):
    """allauth's backend (its sign-in flows and single sign-on record this one), the member read as above."""
