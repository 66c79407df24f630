"""A feed address may not reach private, loopback, link-local or reserved addresses (SSRF)."""

import socket
import ssl

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


def test_dns_rebinding_between_the_check_and_the_connection_cannot_reach_a_private_address(settings, monkeypatch):
    """The name answers a public address when checked and 127.0.0.1 a moment later: the connection goes to
    the address that was checked, never to the second answer."""
    settings.POSTWISE_HUB_PRIVATE_FEED_HOSTS = []
    public = "93.184.215.14"
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.create_connection
    answers = iter([public, "127.0.0.1"])
    asked, connected = [], []

    def rebinding_resolver(host, port, *args, **kwargs):
        if host != "feeds.rebind.example":
            return real_getaddrinfo(host, port, *args, **kwargs)
        address = next(answers, "127.0.0.1")
        asked.append(address)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    def connect(address, *args, **kwargs):
        host, port = address
        resolved = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][4][0]
        connected.append(resolved)
        if resolved == public:
            raise ConnectionRefusedError("no network in tests")  # what a real public server is doesn't matter
        return real_connect((resolved, port), *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_resolver)
    monkeypatch.setattr(socket, "create_connection", connect)
    with FeedServer() as server:
        server.answers["/feed"] = Answer(rss(("p1", "Secret", "<p>internal</p>")))
        account = HubAccountFactory(feed_url=f"http://feeds.rebind.example:{server.netloc.rsplit(':', 1)[1]}/feed")
        with pytest.raises(FeedRefused):
            fetch_account_feed(account=account)
    assert server.requests == []
    assert connected == [public]
    assert not FeedItem.objects.exists()


def test_tls_keeps_the_name_for_the_server_name_and_certificate(settings, monkeypatch):
    """Pinning the address does not change the URL: the Host header and TLS's server name are the feed's name."""
    settings.POSTWISE_HUB_PRIVATE_FEED_HOSTS = []
    seen = {}

    real_getaddrinfo = socket.getaddrinfo

    def resolver(host, port, *args, **kwargs):
        if host != "feeds.example.org":
            return real_getaddrinfo(host, port, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port))]

    def wrap_socket(context, sock, *args, server_hostname=None, **kwargs):
        seen["server_hostname"] = server_hostname
        raise ssl.SSLError("stopped before the handshake")

    real_connect = socket.create_connection
    listener = socket.create_server(("127.0.0.1", 0))  # a socket to hand back; TLS stops before it speaks

    def connect(address, *args, **kwargs):
        seen["address"] = address
        return real_connect(listener.getsockname(), *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    monkeypatch.setattr(socket, "create_connection", connect)
    monkeypatch.setattr(ssl.SSLContext, "wrap_socket", wrap_socket)
    with listener, pytest.raises(FeedRefused):
        fetch_account_feed(account=HubAccountFactory(feed_url="https://feeds.example.org/feed.atom"))
    assert seen == {"address": ("93.184.215.14", 443), "server_hostname": "feeds.example.org"}
