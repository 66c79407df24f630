"""Technical support see how each feed is read, and set feed addresses, in the Wagtail admin."""

import pytest
from django.urls import reverse

from community.factories import OfficialAccountFactory
from community.hub.factories import FeedStateFactory
from community.hub.models import FeedState
from tests.community.mfa_helpers import sign_in_with_totp

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, tech_support):
    sign_in_with_totp(client, tech_support)
    return client


def test_tech_support_gives_an_account_its_feed_address(admin_client):
    account = OfficialAccountFactory(name="Roads and travel", feed_url="")
    response = admin_client.post(
        reverse("wagtailsnippets_hub_feedstate:add"),
        {"account": account.pk, "feed_url": "https://bsky.app/profile/roads.example.org/rss"},
    )
    assert response.status_code == 302
    account.refresh_from_db()
    assert account.feed_url == "https://bsky.app/profile/roads.example.org/rss"
    assert FeedState.objects.filter(account=account).exists()


@pytest.mark.parametrize(
    "address",
    ["ftp://feeds.example.org/feed.rss", "javascript:alert(1)", "file:///etc/passwd", "feeds.example.org", ""],
)
def test_a_feed_address_that_is_not_http_is_refused_beside_its_field(admin_client, address):
    state = FeedStateFactory(account__feed_url="https://news.example.org/feed.atom")
    response = admin_client.post(reverse("wagtailsnippets_hub_feedstate:edit", args=[state.pk]), {"feed_url": address})
    assert response.status_code == 200
    errors = response.context["form"].errors["feed_url"]
    assert errors and ("starting with https://" in errors[0] or "required" in errors[0])
    html = response.content.decode()
    assert "error-message" in html
    state.account.refresh_from_db()
    assert state.account.feed_url == "https://news.example.org/feed.atom"


def test_the_list_shows_the_last_error(admin_client):
    state = FeedStateFactory(account__handle="news.example.org", last_error="The server answered HTTP 500.")
    html = admin_client.get(reverse("wagtailsnippets_hub_feedstate:list")).content.decode()
    assert state.account.handle in html and "HTTP 500" in html


def test_other_roles_cannot_open_the_feeds(client, champion):
    sign_in_with_totp(client, champion)
    assert client.get(reverse("wagtailsnippets_hub_feedstate:list")).status_code in (302, 403)
