"""Fetching the official accounts' feeds, from a real HTTP server on 127.0.0.1 (no mocks)."""

import time
from io import StringIO

import pytest
from django.core.management import call_command

from community.hub.fetching import FeedRefused
from community.hub.models import FeedItem, FeedState
from community.hub.services import fetch_account_feed, fetch_all_feeds
from community.hub.tasks import fetch_feeds
from community.models import OfficialAccount
from tests.concurrency import run_at_once
from tests.hub.feedserver import Answer, atom, rss

pytestmark = pytest.mark.django_db

TWO_POSTS = rss(("p1", "Bins on Tuesday", "<p>Bins go out on Tuesday.</p>"), ("p2", "Tree collection", "<p>Trees.</p>"))


def test_rss_items_are_stored_with_their_link_title_and_time(feed_server, account_with_feed):
    feed_server.answers["/feed"] = Answer(TWO_POSTS, headers={"Content-Type": "application/rss+xml"})
    account = account_with_feed()
    assert fetch_account_feed(account=account) == 2
    items = {item.key: item for item in FeedItem.objects.filter(account=account)}
    assert items["p1"].title == "Bins on Tuesday"
    assert items["p1"].link == "https://social.example.org/posts/p1"
    assert items["p1"].published_at.isoformat() == "2025-11-10T09:00:00+00:00"
    assert items["p1"].summary_html == "<p>Bins go out on Tuesday.</p>"
    state = FeedState.objects.get(account=account)
    assert state.last_success_at and not state.last_error


def test_the_request_says_who_is_asking(feed_server, account_with_feed):
    feed_server.answers["/feed"] = Answer(TWO_POSTS)
    fetch_account_feed(account=account_with_feed())
    _, headers = feed_server.requests[0]
    assert headers["User-Agent"].startswith("Postwise-feed-reader/")


def test_atom_entries_are_stored(feed_server, account_with_feed):
    feed_server.answers["/feed.atom"] = Answer(
        atom(
            ("tag:lib,2025:1", "Winter reading", "https://libraries.example.org/posts/1"),
            ("tag:lib,2025:2", "Opening times", "https://libraries.example.org/posts/2"),
        ),
        headers={"Content-Type": "application/atom+xml"},
    )
    account = account_with_feed("/feed.atom", platform=OfficialAccount.Platform.FACEBOOK)
    assert fetch_account_feed(account=account) == 2
    item = FeedItem.objects.get(key="tag:lib,2025:2")
    assert (item.title, item.link) == ("Opening times", "https://libraries.example.org/posts/2")


def test_a_broken_feed_is_recorded_and_the_others_are_still_read(feed_server, account_with_feed):
    feed_server.answers["/broken"] = Answer(b"<html><body>Sorry, we moved things around <p>", status=200)
    feed_server.answers["/gone"] = Answer(b"gone", status=410)
    feed_server.answers["/good"] = Answer(TWO_POSTS)
    broken, gone, good = account_with_feed("/broken"), account_with_feed("/gone"), account_with_feed("/good")
    report = fetch_all_feeds()
    assert (report.feeds, report.failed, report.new_items) == (3, 2, 2)
    assert "readable RSS or Atom" in FeedState.objects.get(account=broken).last_error
    assert "410" in FeedState.objects.get(account=gone).last_error
    assert FeedState.objects.get(account=gone).last_error_at is not None
    assert FeedItem.objects.filter(account=good).count() == 2
    assert not FeedState.objects.get(account=good).last_error


def test_only_active_accounts_with_a_feed_address_are_read(feed_server, account_with_feed):
    feed_server.answers["/feed"] = Answer(TWO_POSTS)
    account_with_feed(status=OfficialAccount.Status.SUSPENDED)
    account_with_feed(status=OfficialAccount.Status.APPROVED)
    account_with_feed(feed_url="")
    assert fetch_all_feeds().feeds == 0
    assert feed_server.requests == []


def test_a_huge_feed_is_stopped_at_the_size_cap(feed_server, account_with_feed, settings):
    settings.POSTWISE_HUB_FEED_MAX_BYTES = 1024 * 1024
    twenty_mb = 20 * 1024 * 1024

    def endless(handler):
        # No Content-Length: the cap must hold while streaming, not only on a declared size.
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Connection", "close")
        handler.end_headers()
        chunk = b"<item><title>" + b"x" * 65_000 + b"</title></item>"
        sent = 0
        try:
            handler.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
            while sent < twenty_mb:
                handler.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            pass  # the reader hung up
        feed_server.bytes_sent["/huge"] = sent

    feed_server.answers["/huge"] = endless
    account = account_with_feed("/huge")
    with pytest.raises(FeedRefused, match="larger than"):
        fetch_account_feed(account=account)
    assert "larger than 1,048,576 bytes" in FeedState.objects.get(account=account).last_error
    assert not FeedItem.objects.exists()
    deadline = time.monotonic() + 5
    while "/huge" not in feed_server.bytes_sent and time.monotonic() < deadline:
        time.sleep(0.05)
    assert feed_server.bytes_sent["/huge"] < twenty_mb


def test_a_declared_huge_feed_is_not_read_at_all(feed_server, account_with_feed, settings):
    settings.POSTWISE_HUB_FEED_MAX_BYTES = 1000
    feed_server.answers["/big"] = Answer(b"x" * 5000)
    with pytest.raises(FeedRefused, match="larger than 1,000 bytes: not read"):
        fetch_account_feed(account=account_with_feed("/big"))


def test_a_feed_that_does_not_answer_is_stopped_at_the_timeout(feed_server, account_with_feed, settings):
    settings.POSTWISE_HUB_FEED_TIMEOUT = 0.3
    feed_server.answers["/slow"] = Answer(TWO_POSTS, delay=2)
    account = account_with_feed("/slow")
    with pytest.raises(FeedRefused, match="did not answer within 0.3 seconds"):
        fetch_account_feed(account=account)
    assert "0.3 seconds" in FeedState.objects.get(account=account).last_error


def test_a_feed_that_trickles_is_stopped_at_the_timeout(feed_server, account_with_feed, settings):
    settings.POSTWISE_HUB_FEED_TIMEOUT = 0.5

    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Connection", "close")
        handler.end_headers()
        try:
            for _ in range(100):  # a byte every 0.1 s: never idle long enough for a read timeout
                handler.wfile.write(b" ")
                handler.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass

    feed_server.answers["/trickle"] = trickle
    with pytest.raises(FeedRefused, match="took longer than 0.5 seconds"):
        fetch_account_feed(account=account_with_feed("/trickle"))


def test_an_unchanged_feed_answers_304_to_a_conditional_get(feed_server, account_with_feed):
    def conditional(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            return Answer(status=304)
        return Answer(TWO_POSTS, headers={"ETag": '"v1"', "Last-Modified": "Mon, 10 Nov 2025 09:00:00 GMT"})

    feed_server.answers["/feed"] = conditional
    account = account_with_feed()
    assert fetch_account_feed(account=account) == 2
    first = FeedState.objects.get(account=account)
    assert (first.etag, first.last_modified) == ('"v1"', "Mon, 10 Nov 2025 09:00:00 GMT")
    assert fetch_account_feed(account=account) == 0
    _, headers = feed_server.requests[1]
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == "Mon, 10 Nov 2025 09:00:00 GMT"
    second = FeedState.objects.get(account=account)
    assert second.etag == '"v1"' and second.last_success_at > first.last_success_at and not second.last_error
    assert FeedItem.objects.count() == 2


def test_a_changed_feed_address_starts_without_the_old_validators(feed_server, account_with_feed):
    feed_server.answers["/feed"] = Answer(TWO_POSTS, headers={"ETag": '"v1"'})
    feed_server.answers["/new"] = Answer(TWO_POSTS)
    account = account_with_feed()
    fetch_account_feed(account=account)
    account.feed_url = feed_server.url("/new")
    account.save()
    fetch_account_feed(account=account)
    assert "If-None-Match" not in feed_server.requests[1][1]


def test_a_redirect_is_followed(feed_server, account_with_feed):
    feed_server.answers["/old"] = Answer(status=301, headers={"Location": "/new"})
    feed_server.answers["/new"] = Answer(TWO_POSTS)
    assert fetch_account_feed(account=account_with_feed("/old")) == 2
    assert feed_server.paths_requested() == ["/old", "/new"]


def test_a_duplicate_item_is_stored_once(feed_server, account_with_feed):
    twice = rss(("same", "First copy", "<p>a</p>"), ("same", "Second copy", "<p>b</p>"))
    feed_server.answers["/feed"] = Answer(twice)
    account = account_with_feed()
    assert fetch_account_feed(account=account) == 1
    feed_server.answers["/feed"] = Answer(TWO_POSTS.replace(b">p2</guid>", b">same</guid>"))
    assert fetch_account_feed(account=account) == 1  # p1 is new; "same" is already there
    assert sorted(FeedItem.objects.values_list("key", flat=True)) == ["p1", "same"]


def test_an_item_without_a_guid_is_known_by_its_link(feed_server, account_with_feed):
    no_guid = TWO_POSTS.replace(b'<guid isPermaLink="false">p1</guid>', b"").replace(
        b'<guid isPermaLink="false">p2</guid>', b""
    )
    feed_server.answers["/feed"] = Answer(no_guid)
    account = account_with_feed()
    fetch_account_feed(account=account)
    fetch_account_feed(account=account)
    assert sorted(FeedItem.objects.values_list("key", flat=True)) == [
        "https://social.example.org/posts/p1",
        "https://social.example.org/posts/p2",
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_runs_at_the_same_moment_do_not_duplicate_items(feed_server, account_with_feed, settings):
    settings.POSTWISE_HUB_FEED_TIMEOUT = 20.0  # a busy machine must not turn this into a timeout test
    many = rss(*((f"post-{n}", f"Post {n}", f"<p>Post {n}</p>") for n in range(40)))
    # Both runs are in flight at once: the server holds each answer a moment.
    feed_server.answers["/a"] = Answer(many, delay=0.3)
    feed_server.answers["/b"] = Answer(many.replace(b"post-", b"other-"), delay=0.3)
    account_with_feed("/a")
    account_with_feed("/b")
    _, errors = run_at_once(fetch_all_feeds)
    assert errors == []
    assert len(feed_server.requests) == 4  # both runs really fetched both feeds
    assert FeedItem.objects.count() == 80
    assert FeedState.objects.count() == 2
    assert list(FeedState.objects.exclude(last_error="").values_list("last_error", flat=True)) == []


def test_item_html_is_sanitised_on_the_way_in(feed_server, account_with_feed):
    hostile = (
        '<p onclick="steal()">Hello <script>alert(document.cookie)</script><b>there</b>'
        '<a href="javascript:alert(1)">prize</a> <a href="https://example.org/more" target="_blank">More</a>'
        '<img src="https://cdn.example.net/bin.jpg" alt="A green bin" onerror="steal()">'
        '<iframe src="https://evil.example.net/"></iframe><style>body{display:none}</style></p>'
    )
    feed_server.answers["/feed"] = Answer(rss(("h1", "Hostile", hostile)))
    fetch_account_feed(account=account_with_feed())
    html = FeedItem.objects.get().summary_html
    for gone in (
        "<script",
        "alert",
        "onclick",
        "onerror",
        "javascript:",
        "<iframe",
        "<style",
        "<b>",
        "target=",
        "<img",
    ):
        assert gone not in html, gone
    assert '<a href="https://example.org/more" rel="noopener">More</a>' in html
    # Pictures become links: the CSP allows images from the site itself only.
    assert '<a href="https://cdn.example.net/bin.jpg" rel="noopener">Picture: A green bin</a>' in html
    assert "Hello there" in html and "prize" in html


def test_the_task_and_the_command_read_every_feed(feed_server, account_with_feed):
    feed_server.answers["/feed"] = Answer(TWO_POSTS)
    account_with_feed()
    result = fetch_feeds.enqueue()  # the immediate backend under the test settings
    assert result.return_value == {"feeds": 1, "new_items": 2, "failed": 0}
    out = StringIO()
    call_command("fetch_feeds", stdout=out)
    assert "Read 1 feed(s): 0 new item(s), 0 feed(s) failed." in out.getvalue()
