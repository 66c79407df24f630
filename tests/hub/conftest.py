import pytest

from community.hub.factories import HubAccountFactory
from tests.hub.feedserver import FeedServer


@pytest.fixture
def feed_server(settings):
    """A local feed server; only its own host:port is allowed past the private-address refusal."""
    with FeedServer() as server:
        settings.POSTWISE_HUB_PRIVATE_FEED_HOSTS = [server.netloc]
        settings.POSTWISE_HUB_FEED_TIMEOUT = 2.0
        yield server


@pytest.fixture
def account_with_feed(db, feed_server):
    def make(path: str = "/feed", **fields):
        fields.setdefault("feed_url", feed_server.url(path))
        return HubAccountFactory(**fields)

    return make
