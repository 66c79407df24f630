"""A small fixed-window rate limit in the cache, keyed by client address."""

from allauth.core.internal.httpkit import get_client_ip
from django.core.cache import cache


def client_address(request) -> str:
    """The same address allauth's login limits use: behind a proxy, from X-Forwarded-For."""
    return get_client_ip(request) or "unknown"


def allow(request, *, scope: str, limit: int, window_seconds: int, who: str | None = None) -> bool:
    """True while this address (or `who`, e.g. a member) has made fewer than `limit` requests in the window."""
    key = f"rate:{scope}:{who or client_address(request)}"
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # The window closed between add() and incr().
        cache.add(key, 1, timeout=window_seconds)
        return True
    return count <= limit
