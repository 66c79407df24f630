"""Technical support see how each feed is read in the Wagtail admin. The feed address is edited in one
place, the register's account form; the feeds screen shows it and links there."""

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


@pytest.fixture
def superuser_client(client, django_user_model):
    superuser = django_user_model.objects.create_superuser(email="root@example.org", password="x")
    sign_in_with_totp(client, superuser)
    return client


@pytest.mark.parametrize("who", ["admin_client", "superuser_client"])
def test_the_feeds_screen_cannot_set_a_feed_address(request, who):
    client = request.getfixturevalue(who)
    state = FeedStateFactory(account__feed_url="https://news.example.org/feed.atom")
    other = OfficialAccountFactory(feed_url="")

    client.post(reverse("wagtailsnippets_hub_feedstate:edit", args=[state.pk]), {"feed_url": "https://evil.example/"})
    client.post(
        reverse("wagtailsnippets_hub_feedstate:add"), {"account": other.pk, "feed_url": "https://evil.example/"}
    )

    state.account.refresh_from_db()
    other.refresh_from_db()
    assert state.account.feed_url == "https://news.example.org/feed.atom"
    assert other.feed_url == ""
    assert not FeedState.objects.filter(account=other).exists()
    html = client.get(reverse("wagtailsnippets_hub_feedstate:list")).content.decode()
    assert reverse("wagtailsnippets_hub_feedstate:edit", args=[state.pk]) not in html
    assert reverse("wagtailsnippets_hub_feedstate:add") not in html


def test_the_feeds_screen_shows_the_address_and_links_to_the_register(superuser_client):
    state = FeedStateFactory(account__feed_url="https://news.example.org/feed.atom")
    html = superuser_client.get(reverse("wagtailsnippets_hub_feedstate:list")).content.decode()
    assert "https://news.example.org/feed.atom" in html
    assert reverse("wagtailsnippets_community_officialaccount:edit", args=[state.account.pk]) in html


def test_tech_support_see_the_address_and_who_changes_it(admin_client):
    state = FeedStateFactory(account__feed_url="https://news.example.org/feed.atom")
    html = admin_client.get(reverse("wagtailsnippets_hub_feedstate:list")).content.decode()
    assert "https://news.example.org/feed.atom" in html
    assert "Account coordinators change it in the register." in html
    inspect = admin_client.get(reverse("wagtailsnippets_hub_feedstate:inspect", args=[state.pk]))
    assert inspect.status_code == 200


def test_the_register_sets_the_feed_address(client, coordinator):
    sign_in_with_totp(client, coordinator)
    account = OfficialAccountFactory(feed_url="")
    form = client.get(reverse("wagtailsnippets_community_officialaccount:edit", args=[account.pk])).context["form"]
    assert "feed_url" in form.fields


def test_the_list_shows_the_last_error(admin_client):
    state = FeedStateFactory(account__handle="news.example.org", last_error="The server answered HTTP 500.")
    html = admin_client.get(reverse("wagtailsnippets_hub_feedstate:list")).content.decode()
    assert state.account.handle in html and "HTTP 500" in html


def test_other_roles_cannot_open_the_feeds(client, champion):
    sign_in_with_totp(client, champion)
    assert client.get(reverse("wagtailsnippets_hub_feedstate:list")).status_code in (302, 403)
