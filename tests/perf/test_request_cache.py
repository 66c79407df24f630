"""Issue 14: the per-request overhead (session, member, the viewer's facts, organisation settings, the header's
links, the unread count) costs the session's read and one more read of the cache, and no query."""

from contextlib import contextmanager

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from community import request_cache
from community.member_cache import member_key
from community.models import Member
from community.viewer import facts_for, forget_member

pytestmark = pytest.mark.django_db

READS = ("get", "get_many", "get_or_set", "has_key")


@contextmanager
def cache_reads():
    """Each read of the cache a request makes (a read that a backend makes of itself inside another, as
    LocMemCache's get_many does, is not counted again)."""
    reads: list[tuple[str, object]] = []
    depth = [0]
    originals = {name: getattr(cache, name) for name in READS}

    def wrap(name, original):
        def read(*args, **kwargs):
            if depth[0] == 0:
                reads.append((name, args[0] if args else None))
            depth[0] += 1
            try:
                return original(*args, **kwargs)
            finally:
                depth[0] -= 1

        return read

    for name, original in originals.items():
        setattr(cache, name, wrap(name, original))
    try:
        yield reads
    finally:
        for name in READS:
            delattr(cache, name)


def _warm_then_measure(client, url):
    assert client.get(url).status_code == 200
    with cache_reads() as reads, CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return reads, [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("url", ["/my-path/", "/forum/", "/notifications/"])
def test_a_page_reads_the_cache_twice_and_the_member_costs_no_query(client, basic_member, url):
    client.force_login(basic_member)
    reads, queries = _warm_then_measure(client, url)
    names = [name for name, _ in reads]
    # The session, then the member with everything the header and the permissions need.
    assert names[:2] == ["get", "get_many"], reads
    assert member_key(basic_member.pk) in reads[1][1]
    assert not [read for read in reads[2:] if "viewer-facts" in str(read) or "organisation" in str(read)], reads
    assert not [read for read in reads[2:] if "courses:nav" in str(read)], reads
    assert not [sql for sql in queries if 'FROM "community_member"' in sql], queries


def test_a_change_made_with_update_shows_at_the_next_request(client, basic_member):
    client.force_login(basic_member)
    client.get("/my-path/")
    Member.objects.filter(pk=basic_member.pk).update(unread_notification_count=7)
    assert 'postwise-nav-count">7<' in client.get("/my-path/").content.decode()


def test_a_change_made_with_save_shows_at_the_next_request(client, basic_member):
    client.force_login(basic_member)
    client.get("/my-path/")
    member = Member.objects.get(pk=basic_member.pk)
    member.unread_notification_count = 4
    member.save()
    assert 'postwise-nav-count">4<' in client.get("/my-path/").content.decode()


def test_a_member_deactivated_with_update_is_signed_out_at_their_next_request(client, basic_member):
    """The leavers' and the directory's deactivations are queryset updates."""
    client.force_login(basic_member)
    assert client.get("/my-path/").status_code == 200
    Member.objects.filter(pk=basic_member.pk).update(is_active=False)
    response = client.get("/my-path/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_deleted_member_is_signed_out(client, basic_member):
    client.force_login(basic_member)
    assert client.get("/my-path/").status_code == 200
    Member.objects.filter(pk=basic_member.pk).delete()
    assert client.get("/my-path/").status_code == 302


def _inside_a_get_request(function):
    """Run `function` inside RequestCacheMiddleware, as a GET request would."""
    middleware = request_cache.RequestCacheMiddleware(lambda request: function())
    return middleware(RequestFactory().get("/"))


def test_a_value_forgotten_in_the_same_request_is_read_again(basic_member):
    """A GET that changes the member's facts before first reading them must not be shown the prefetched ones."""
    facts_for(basic_member)  # kept in the cache

    def request():
        request_cache.prefetch(request_cache.keys_for_member(basic_member.pk))
        forget_member(basic_member.pk)
        with cache_reads() as reads:
            fresh = Member.objects.get(pk=basic_member.pk)
            facts_for(fresh)
        return reads

    reads = _inside_a_get_request(request)
    assert any("viewer-facts" in str(keys) for _, keys in reads), reads


def test_a_prefetched_value_serves_one_read_and_outside_a_request_nothing_is_kept():
    cache.set("probe", "first")

    def request():
        request_cache.prefetch(["probe"])
        cache.set("probe", "second")
        return request_cache.get("probe"), request_cache.get("probe")

    assert _inside_a_get_request(request) == ("first", "second")
    request_cache.prefetch(["probe"])
    cache.set("probe", "third")
    assert request_cache.get("probe") == "third"


def test_a_post_request_prefetches_nothing():
    cache.set("probe", "first")

    def body():
        request_cache.prefetch(["probe"])
        cache.set("probe", "second")
        return request_cache.get("probe")

    middleware = request_cache.RequestCacheMiddleware(lambda request: body())
    assert middleware(RequestFactory().post("/")) == "second"


def test_the_cached_member_holds_no_password_hash(client, basic_member):
    client.force_login(basic_member)
    client.get("/my-path/")
    kept = cache.get(member_key(basic_member.pk))
    assert kept is not None and "password" not in kept.__dict__
    assert basic_member.password not in repr(vars(kept))
    # Reading the password on the copy loads it, so nothing that needs it sees a blank one.
    assert kept.password == Member.objects.get(pk=basic_member.pk).password


def test_a_password_change_signs_out_the_other_sessions(client, basic_member):
    client.force_login(basic_member)
    assert client.get("/my-path/").status_code == 200
    assert client.get("/my-path/").status_code == 200  # now from the cache
    member = Member.objects.get(pk=basic_member.pk)
    member.set_password("a-new-long-passphrase")
    member.save()
    assert client.get("/my-path/").status_code == 302


def test_saving_the_cached_copy_keeps_the_password(client, basic_member):
    client.force_login(basic_member)
    client.get("/my-path/")
    kept = cache.get(member_key(basic_member.pk))
    assert "password" not in kept.__dict__
    kept.job_title = "Web editor"
    kept.save()
    stored = Member.objects.get(pk=basic_member.pk)
    assert stored.job_title == "Web editor" and stored.password == basic_member.password
