"""The one rate limiter (`community.rate_limits`): counts in the shared cache, by address or by member."""

import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.test import RequestFactory, override_settings

from community.rate_limits import allow, client_address, reached, record

# Each test counts up to a limit: with the clock still, no window can end half way through (see still_clock).
pytestmark = pytest.mark.usefixtures("still_clock")

DATABASE_CACHE = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "postwise_cache"}}


@pytest.mark.django_db
def test_a_limit_is_one_count_for_every_worker():
    """Each request runs with a cache object of its own, as in four gunicorn workers: the count is shared."""
    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.4")
    backends, answers = [], []
    for _ in range(4):
        with override_settings(CACHES=DATABASE_CACHE):
            backends.append(caches["default"])
            answers.append(allow(request, scope="shared-test", limit=3, window_seconds=60))
    assert all(isinstance(backend, DatabaseCache) for backend in backends)
    assert len({id(backend) for backend in backends}) == 4
    assert answers == [True, True, True, False]


def test_each_address_and_each_scope_has_its_own_count():
    one, other = (RequestFactory().get("/", REMOTE_ADDR=address) for address in ("192.0.2.1", "192.0.2.2"))
    assert [allow(one, scope="a", limit=1, window_seconds=60) for _ in range(2)] == [True, False]
    assert allow(other, scope="a", limit=1, window_seconds=60)
    assert allow(one, scope="b", limit=1, window_seconds=60)


def test_a_member_is_counted_wherever_they_connect_from():
    first, second = (RequestFactory().get("/", REMOTE_ADDR=address) for address in ("192.0.2.1", "192.0.2.2"))
    assert allow(first, scope="m", limit=1, window_seconds=60, who="member-7")
    assert not allow(second, scope="m", limit=1, window_seconds=60, who="member-7")


def test_checking_counts_nothing_and_recording_counts_one():
    limit = {"scope": "posts", "who": "member-8", "limit": 2, "window_seconds": 60}
    assert not reached(**limit) and not reached(**limit)
    record(**limit)
    assert not reached(**limit)
    record(**limit)
    assert reached(**limit)


def test_the_client_address_follows_allauth_behind_a_trusted_proxy(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", headers={"x-forwarded-for": "203.0.113.9"})
    assert client_address(request) == "127.0.0.1"
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    assert client_address(request) == "203.0.113.9"


def test_a_count_starts_again_when_its_window_ends(still_clock):
    """Windows are fixed: a test whose requests straddle a window's end sees the count reset (why `still_clock`)."""
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.9")
    assert [allow(request, scope="w", limit=1, window_seconds=60) for _ in range(2)] == [True, False]
    still_clock.shift(61)
    assert allow(request, scope="w", limit=1, window_seconds=60)
