"""What every signed-in page reads from the shared cache, read in one round trip.

Every page needs the member, their facts (level and roles), the organisation's settings and the header's
links. Each is kept in the shared cache under its own key, and each used to be its own round trip. When
the session names a member (`community.auth_backends`), the keys every page will read are fetched in one
`get_many`: the member's own, and those the `postwise_request_cache_keys` hook names (each hook takes the
member's id and returns keys). The readers below take a prefetched value instead of asking the cache again.

Only GET and HEAD requests prefetch: a request that writes reads the cache as before, so it never sees a
value from before its own write. Each prefetched value serves one read; later reads ask the cache, and
`discard` drops a value that a change in the same request has made stale.
"""

import contextvars
from collections.abc import Callable, Iterable
from typing import Any

from django.core.cache import cache
from wagtail import hooks

MISSING = object()
_prefetched: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar("postwise_prefetched", default=None)


class RequestCacheMiddleware:
    """Opens the request's store of prefetched values (GET and HEAD only) and closes it at the end."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _prefetched.set({} if request.method in ("GET", "HEAD") else None)
        try:
            return self.get_response(request)
        finally:
            _prefetched.reset(token)


def prefetching() -> bool:
    """Whether this request keeps prefetched values (a GET or HEAD inside RequestCacheMiddleware)."""
    return _prefetched.get() is not None


def keys_for_member(member_id: int) -> list[str]:
    """The keys every page reads for this member, from the `postwise_request_cache_keys` hooks."""
    return [key for hook in hooks.get_hooks("postwise_request_cache_keys") for key in hook(member_id)]


def prefetch(keys: Iterable[str]) -> dict[str, Any]:
    """Read `keys` in one round trip. Inside a GET or HEAD request the values (and which keys were missing)
    are kept for the readers below; returns what was found."""
    keys = list(keys)
    found = cache.get_many(keys)
    store = _prefetched.get()
    if store is not None:
        for key in keys:
            store[key] = found.get(key, MISSING)
    return found


_NOT_PREFETCHED = object()


def _take(key: str) -> Any:
    """The prefetched value (MISSING when the cache had none), or _NOT_PREFETCHED."""
    store = _prefetched.get()
    if store is None:
        return _NOT_PREFETCHED
    return store.pop(key, _NOT_PREFETCHED)


def get(key: str, default: Any = None) -> Any:
    value = _take(key)
    if value is _NOT_PREFETCHED:
        return cache.get(key, default)
    return default if value is MISSING else value


def get_many(keys: Iterable[str]) -> dict[str, Any]:
    keys = list(keys)
    store = _prefetched.get()
    if store is None or any(key not in store for key in keys):
        return cache.get_many(keys)
    found = {key: store.pop(key) for key in keys}
    return {key: value for key, value in found.items() if value is not MISSING}


def get_or_set(key: str, default: Callable[[], Any], timeout: int) -> Any:
    value = _take(key)
    if value is _NOT_PREFETCHED:
        return cache.get_or_set(key, default, timeout)
    if value is MISSING:
        value = default()
        cache.set(key, value, timeout)
    return value


def discard(*keys: str) -> None:
    """Forget prefetched values a change in this request has made stale (callers also delete them from the
    shared cache)."""
    store = _prefetched.get()
    if store is not None:
        for key in keys:
            store.pop(key, None)
