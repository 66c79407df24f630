"""The access matrix: every demo category against every role, for pages, lists, search and notifications."""

import pytest
from django.urls import reverse

from community.forum.factories import TopicFactory
from community.forum.services.posting import reply
from community.notifications.models import Notification
from tests.conftest import ROLE_NAMES

READ = {
    "anonymous": set(),
    "basic": {"enthusiasts", "announcements"},
    "corporate": {"enthusiasts", "announcements", "corporate-users"},
    "manager": {"enthusiasts", "announcements", "corporate-users", "account-managers"},
    "champion": {"enthusiasts", "announcements", "corporate-users", "account-managers", "champions"},
    "coordinator": {"enthusiasts", "announcements", "account-managers"},
    "techsupport": {"enthusiasts", "announcements"},
}
START = {
    "anonymous": set(),
    "basic": {"enthusiasts"},
    "corporate": {"enthusiasts", "corporate-users"},
    "manager": {"enthusiasts", "corporate-users", "account-managers"},
    "champion": {"enthusiasts", "corporate-users", "champions", "announcements"},
    "coordinator": {"enthusiasts", "account-managers"},
    "techsupport": {"enthusiasts"},
}
SLUGS = ["enthusiasts", "corporate-users", "account-managers", "champions", "announcements"]


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    settings.FORUM_NEW_MEMBER_POSTS_PER_MINUTE = 100


@pytest.fixture
def topics(categories):
    return {
        slug: TopicFactory(category=category, title=f"Secret plans in {slug}") for slug, category in categories.items()
    }


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_category_and_topic_pages(role, client_for_role, topics):
    client = client_for_role(role)
    for slug in SLUGS:
        category_response = client.get(reverse("forum:category", args=[slug]))
        topic_response = client.get(reverse("forum:topic", args=[topics[slug].pk]))
        if role == "anonymous":
            assert category_response.status_code == 302 and topic_response.status_code == 302
        elif slug in READ[role]:
            assert category_response.status_code == 200, slug
            assert topic_response.status_code == 200, slug
        else:
            assert category_response.status_code == 404, slug
            assert topic_response.status_code == 404, slug


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_starting_topics(role, client_for_role, categories):
    client = client_for_role(role)
    for slug in SLUGS:
        response = client.post(
            reverse("forum:new_topic", args=[slug]), {"title": f"Hello {slug}", "body": "First post here."}
        )
        if role == "anonymous":
            assert response.status_code == 302 and "/accounts/" in response.url
        elif slug in START[role]:
            assert response.status_code == 302, slug
            assert categories[slug].topics.filter(title=f"Hello {slug}").exists()
        else:
            assert response.status_code in (403, 404), slug
            assert response.status_code == (404 if slug not in READ[role] else 403)
            assert not categories[slug].topics.exists()


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_replying(role, client_for_role, topics):
    client = client_for_role(role)
    for slug in SLUGS:
        response = client.post(reverse("forum:reply", args=[topics[slug].pk]), {"body": "A reply"})
        replied = topics[slug].posts.filter(body="A reply").exists()
        if role == "anonymous":
            assert response.status_code == 302 and not replied
        elif role == "champion" or slug in START[role] - {"announcements"}:
            assert response.status_code == 302 and replied, slug
        else:
            assert response.status_code == 404 and not replied, slug


@pytest.mark.parametrize("role", ROLE_NAMES[1:])
def test_lists_and_search_hide_restricted_topics(role, client_for_role, topics):
    client = client_for_role(role)
    index = client.get(reverse("forum:index")).content.decode()
    found = client.get(reverse("home:search"), {"q": "Secret plans"}).content.decode()
    for slug in SLUGS:
        title = f"Secret plans in {slug}"
        assert (title in index) == (slug in READ[role]), slug
        assert (title in found) == (slug in READ[role]), slug


@pytest.mark.parametrize("role", ROLE_NAMES[1:])
def test_mentions_only_notify_readers(role, member_for_role, topics, champion):
    member = member_for_role(role)
    handle = member.email.split("@")[0]
    for slug in SLUGS:
        reply(author=champion, topic=topics[slug], body=f"What do you think, @{handle}?")
    notified = set(Notification.objects.filter(recipient=member).values_list("topic__category__slug", flat=True))
    expected = READ[role] if member != champion else set()
    assert notified == expected
