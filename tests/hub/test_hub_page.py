"""The hub page: every member reads the official accounts' posts, filtered in the URL, newest first."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.hub.factories import FeedItemFactory, FeedStateFactory, HubAccountFactory
from community.hub.models import FeedItem
from community.hub.selectors import ITEMS_PER_PAGE
from community.models import OfficialAccount
from community.permissions import permissions

pytestmark = pytest.mark.django_db

HUB = reverse("hub:index")


@pytest.fixture
def accounts():
    return {
        "recycling": HubAccountFactory(
            platform=OfficialAccount.Platform.MASTODON, name="Recycling and waste", department="Environment"
        ),
        "council": HubAccountFactory(
            platform=OfficialAccount.Platform.X, name="Example Council", department="Communications"
        ),
        "libraries": HubAccountFactory(
            platform=OfficialAccount.Platform.FACEBOOK, name="Example Libraries", department="Culture and Leisure"
        ),
    }


def titles(html: str) -> list[str]:
    return [title for title in ("Bin day", "Budget", "Reading", "Suspended news") if title in html]


def test_each_post_links_to_the_original_with_account_platform_and_time(client_for_role, accounts):
    FeedItemFactory(
        account=accounts["recycling"],
        title="Bin day",
        link="https://social.example.org/@recycling/1",
        published_at=datetime.datetime(2025, 11, 10, 9, 30, tzinfo=datetime.UTC),
    )
    html = client_for_role("basic").get(HUB).content.decode()
    assert 'href="https://social.example.org/@recycling/1" rel="noopener">Bin day' in html
    assert "Recycling and waste on Mastodon" in html
    assert '<time datetime="2025-11-10T09:30:00+00:00">10 November 2025, 09:30</time>' in html
    assert "<p>Bins are collected on Tuesday.</p>" in html  # the sanitised summary


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("", ["Bin day", "Budget", "Reading"]),
        ("platform=mastodon", ["Bin day"]),
        ("department=Communications", ["Budget"]),
        ("platform=x&department=Environment", []),
        ("platform=nonsense", ["Bin day", "Budget", "Reading"]),
        ("account=999999", ["Bin day", "Budget", "Reading"]),
        ("account=abc&department=%00", ["Bin day", "Budget", "Reading"]),
    ],
)
def test_filters_by_platform_and_department_in_the_url(client_for_role, accounts, query, shown):
    FeedItemFactory(account=accounts["recycling"], title="Bin day")
    FeedItemFactory(account=accounts["council"], title="Budget")
    FeedItemFactory(account=accounts["libraries"], title="Reading")
    response = client_for_role("corporate").get(f"{HUB}?{query}")
    assert response.status_code == 200
    assert titles(response.content.decode()) == shown
    assert "govuk-error-message" not in response.content.decode()


def test_filters_by_account_and_keeps_the_choice_in_the_form(client_for_role, accounts):
    FeedItemFactory(account=accounts["recycling"], title="Bin day")
    FeedItemFactory(account=accounts["council"], title="Budget")
    html = client_for_role("basic").get(f"{HUB}?account={accounts['council'].pk}").content.decode()
    assert titles(html) == ["Budget"]
    assert f'<option value="{accounts["council"].pk}" selected>Example Council</option>' in html
    assert 'method="get"' in html and "Show all posts" in html


def test_posts_of_accounts_that_are_not_active_are_not_shown(client_for_role, accounts):
    suspended = HubAccountFactory(status=OfficialAccount.Status.SUSPENDED, name="Old service")
    FeedItemFactory(account=suspended, title="Suspended news")
    FeedItemFactory(account=accounts["recycling"], title="Bin day")
    html = client_for_role("basic").get(HUB).content.decode()
    assert titles(html) == ["Bin day"]
    assert "Old service" not in html


def test_keyset_pages_go_back_in_time_without_repeats_and_keep_the_filters(client_for_role, accounts):
    now = timezone.now()
    for n in range(ITEMS_PER_PAGE + 5):
        FeedItemFactory(account=accounts["recycling"], title=f"Item {n:03d}", published_at=now)  # same moment
    FeedItemFactory(account=accounts["council"], title="Budget", published_at=now)
    client = client_for_role("basic")
    first = client.get(f"{HUB}?platform=mastodon")
    next_url = first.context["next_query"]
    assert next_url.startswith("?platform=mastodon&after=")
    second = client.get(HUB + next_url)
    seen_first = [item.pk for item in first.context["page"].items]
    seen_second = [item.pk for item in second.context["page"].items]
    assert len(seen_first) == ITEMS_PER_PAGE and len(seen_second) == 5
    assert not set(seen_first) & set(seen_second)
    assert sorted(seen_first + seen_second, reverse=True) == seen_first + seen_second
    assert second.context["page"].next_cursor is None
    assert 'rel="next"' in first.content.decode() and 'rel="next"' not in second.content.decode()


def test_basic_staff_are_told_they_can_follow_the_organisation_here(client_for_role):
    note = "follow the organisation here even where a social media site is blocked for you"
    assert note in client_for_role("basic").get(HUB).content.decode()
    assert note not in client_for_role("corporate").get(HUB).content.decode()


@pytest.mark.parametrize(("role", "told"), [("basic", True), ("corporate", False), ("manager", False)])
def test_the_permission_handler_decides_who_is_told_about_blocked_sites(member_for_role, role, told):
    assert permissions.can(member_for_role(role), "hub.see_blocked_sites_note") is told


def test_a_failing_feed_never_shows_an_error_to_readers(client_for_role, accounts):
    FeedStateFactory(account=accounts["recycling"], last_error="The server answered HTTP 500.")
    FeedItemFactory(account=accounts["recycling"], title="Bin day")
    html = client_for_role("basic").get(HUB).content.decode()
    assert "Bin day" in html and "HTTP 500" not in html


def test_an_empty_hub_says_so(client_for_role):
    assert "No posts yet" in client_for_role("basic").get(HUB).content.decode()


def test_the_signed_in_home_page_shows_the_latest_posts(client_for_role, accounts):
    now = timezone.now()
    for n in range(6):
        FeedItemFactory(
            account=accounts["council"], title=f"Council post {n}", published_at=now - datetime.timedelta(hours=n)
        )
    html = client_for_role("basic").get("/").content.decode()
    assert "Latest from our official accounts" in html
    assert all(f"Council post {n}" in html for n in range(4))
    assert "Council post 4" not in html
    assert f'href="{HUB}"' in html


def test_the_anonymous_home_page_shows_no_posts(client, accounts):
    FeedItemFactory(account=accounts["council"], title="Budget")
    assert "Budget" not in client.get("/").content.decode()


def test_my_access_and_my_path_lead_to_the_hub(client_for_role):
    client = client_for_role("basic")
    for page in (reverse("sites:my_access"), reverse("home:my_path")):
        assert f'href="{HUB}"' in client.get(page).content.decode(), page


def test_the_hub_page_query_count_does_not_grow_with_50000_items(client_for_role, accounts):
    client = client_for_role("basic")
    FeedItemFactory(account=accounts["recycling"])
    client.get(HUB)  # warm the session and site caches
    with CaptureQueriesContext(connection) as few:
        client.get(f"{HUB}?department=Environment")
    start = timezone.now()
    for account in accounts.values():
        FeedItem.objects.bulk_create(
            [
                FeedItem(
                    account=account,
                    key=f"{account.pk}-{n}",
                    link=f"https://social.example.org/{account.pk}/{n}",
                    title=f"Post {n}",
                    summary_html="<p>Text</p>",
                    published_at=start - datetime.timedelta(seconds=n),
                )
                for n in range(16_667)
            ],
            batch_size=2000,
        )
    assert FeedItem.objects.count() > 50_000
    with CaptureQueriesContext(connection) as many:
        response = client.get(f"{HUB}?department=Environment")
    assert len(response.context["page"].items) == ITEMS_PER_PAGE
    assert len(many) == len(few)
    with CaptureQueriesContext(connection) as deep:
        client.get(HUB + response.context["next_query"])
    assert len(deep) == len(few)
