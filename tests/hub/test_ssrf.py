"""A feed address may not reach private, loopback, link-local or reserved addresses (SSRF)."""

import pytest

from community.hub.factories import HubAccountFactory
from community.hub.fetching import FeedRefused
from community.hub.models import FeedItem, FeedState
from community.hub.services import fetch_account_feed, fetch_all_feeds
from tests.hub.feedserver import Answer, FeedServer, rss

pytestmark = pytest.mark.django_db

PRIVATE = [
    "http://127.0.0.1/feed.rss",
    "http://127.1.2.3:8080/feed.rss",
    "http://localhost/feed.rss",
    "http://10.0.0.8/feed.rss",
    "http://172.16.4.2/feed.rss",
    "http://172.31.255.1/feed.rss",
    "http://192.168.1.10/feed.rss",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/feed.rss",
    "http://0.0.0.0/feed.rss",
    "http://[::1]/feed.rss",
    "http://[fe80::1]/feed.rss",
    "http://[fc00::1]/feed.rss",
    "http://[::ffff:127.0.0.1]/feed.rss",
    "http://2130706433/feed.rss",
    "http://240.0.0.1/feed.rss",
]


@pytest.mark.parametrize("address", PRIVATE)
def test_a_feed_at_a_private_address_is_refused_and_recorded(settings, address):
    settings.POSTWISE_HUB_PRIVATE_FEED_HOSTS = []
    account = HubAccountFactory(feed_url=address)
    with pytest.raises(FeedRefused, match="private or reserved address"):
        fetch_account_feed(account=account)
    assert "not fetched" in FeedState.objects.get(account=account).last_error


def test_the_refusal_comes_before_any_connection(settings):
    settings.POSTWISE_HUB_PRIVATE_FEED_HOSTS = []
    with FeedServer() as server:
        server.answers["/feed"] = Answer(rss(("p1", "Secret", "<p>internal</p>")))
        HubAccountFactory(feed_url=server.url("/feed"))
        assert fetch_all_feeds().failed == 1
    assert server.requests == []
    assert not FeedItem.objects.exists()


def test_the_allowance_is_one_host_and_port_only(feed_server):
    """The tests' allowance names the test server's port: the same host on another port is refused."""
    with FeedServer() as other:
        other.answers["/feed"] = Answer(rss(("p1", "Secret", "<p>internal</p>")))
        with pytest.raises(FeedRefused, match="private or reserved"):
            fetch_account_feed(account=HubAccountFactory(feed_url=other.url("/feed")))
    assert other.requests == []


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "OTHER"])
def test_a_redirect_to_a_private_address_is_refused(feed_server, account_with_feed, target):
    with FeedServer() as other:
        location = other.url("/feed") if target == "OTHER" else target
        feed_server.answers["/feed"] = Answer(status=302, headers={"Location": location})
        with pytest.raises(FeedRefused, match="private or reserved"):
            fetch_account_feed(account=account_with_feed())
    assert other.requests == []
    assert feed_server.paths_requested() == ["/feed"]


@pytest.mark.parametrize("address", ["ftp://feeds.example.org/feed.rss", "file:///etc/passwd"])
def test_a_feed_address_that_is_not_http_is_refused(address):
    account = HubAccountFactory(feed_url=address)
    with pytest.raises(FeedRefused):
        fetch_account_feed(account=account)
    assert FeedState.objects.get(account=account).last_error


def test_an_unknown_host_is_recorded_not_raised_to_readers(settings):
    account = HubAccountFactory(feed_url="http://no-such-host.invalid/feed.rss")
    assert fetch_all_feeds().failed == 1
    assert "could not be found" in FeedState.objects.get(account=account).last_error
