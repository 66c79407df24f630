"""The one rate limiter: fixed windows counted in the default cache, which every process shares.

Built on django-ratelimit's public `get_usage`. A limit is a `scope` (what is counted), `who` is counted
(a member, or the client's address) and `limit` uses per `window_seconds`. The cache is Redis or the
database cache table in production (see `community.checks`), so every gunicorn worker sees one count.
"""

from allauth.account.adapter import get_adapter
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django_ratelimit.core import get_usage


def client_address(request: HttpRequest) -> str:
    """The address allauth's login limits use: behind ALLAUTH_TRUSTED_PROXY_COUNT proxies, from X-Forwarded-For."""
    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:  # No address at all (a Unix socket without a proxy header).
        return "unknown"


def _usage(*, scope: str, who: str, limit: int, window_seconds: int, increment: bool) -> dict | None:
    return get_usage(
        HttpRequest(),  # Unused: the key names who is counted.
        group=scope,
        key=lambda group, request: who,
        rate=f"{limit}/{window_seconds}s",
        increment=increment,
    )


def allow(request: HttpRequest, *, scope: str, limit: int, window_seconds: int, who: str | None = None) -> bool:
    """Count this request; True while this address (or `who`, e.g. a member) has made at most `limit` in the window."""
    who = who or client_address(request)
    usage = _usage(scope=scope, who=who, limit=limit, window_seconds=window_seconds, increment=True)
    return usage is None or not usage["should_limit"]


def reached(*, scope: str, who: str, limit: int, window_seconds: int) -> bool:
    """Whether `who` has already used all `limit` in this window. Counts nothing (see `record`).

    A cache that cannot count reads as reached: django-ratelimit fails closed."""
    usage = _usage(scope=scope, who=who, limit=limit, window_seconds=window_seconds, increment=False)
    return usage is not None and (usage["should_limit"] or usage["count"] >= limit)


def record(*, scope: str, who: str, limit: int, window_seconds: int) -> None:
    """Count one use for `who`, e.g. once a write the limit guards has succeeded."""
    _usage(scope=scope, who=who, limit=limit, window_seconds=window_seconds, increment=True)
