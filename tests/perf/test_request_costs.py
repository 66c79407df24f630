"""Issue 14: what every page pays for the header and the forum's category rules, asserted as queries."""

import pytest
from django.db import connection
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.factories import MemberFactory
from community.forum.factories import TopicFactory, champions_only, enthusiasts
from community.forum.models import Category, Post, Topic
from community.forum.selectors import readable_category_ids
from community.forum.services.posting import reply, start_topic
from community.notifications import services
from community.notifications.models import Notification
from community.roles import Role
from community.viewer import forget_facts

pytestmark = pytest.mark.django_db


def _queries(client, url) -> list[str]:
    client.get(url)  # warm the caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def test_the_unread_count_is_stored_on_the_member_and_kept_by_the_services(basic_member, corporate_member):
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Event ideas", body="Share yours")
    reply(author=corporate_member, topic=topic, body="Try a countdown.")
    reply(author=corporate_member, topic=topic, body="And a poll.")
    services.tell_member(member=basic_member, kind=Notification.Kind.LICENCE_SUSPENDED, message="Suspended.")
    basic_member.refresh_from_db()
    assert basic_member.unread_notification_count == 3
    first = Notification.objects.filter(recipient=basic_member).order_by("id").first()
    services.mark_read(member=basic_member, notification_id=first.pk)
    services.mark_read(member=basic_member, notification_id=first.pk)  # twice counts once
    basic_member.refresh_from_db()
    assert basic_member.unread_notification_count == 2
    services.mark_all_read(member=basic_member)
    basic_member.refresh_from_db()
    assert basic_member.unread_notification_count == 0


def test_the_header_count_costs_no_query(client, basic_member, corporate_member):
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Event ideas", body="Share yours")
    reply(author=corporate_member, topic=topic, body="Try a countdown.")
    client.force_login(basic_member)
    queries = _queries(client, reverse("home:my_path"))
    assert not [sql for sql in queries if "notifications_notification" in sql or "forum_topic" in sql]
    assert 'postwise-nav-count">1<' in client.get(reverse("home:my_path")).content.decode()


def test_the_notifications_page_counts_unread_once_and_reads_categories_at_most_once(
    client, basic_member, corporate_member
):
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Event ideas", body="Share yours")
    reply(author=corporate_member, topic=topic, body="Try a countdown.")
    client.force_login(basic_member)
    queries = _queries(client, reverse("notifications:list"))
    assert len([sql for sql in queries if "COUNT(" in sql and "notifications_notification" in sql]) == 1
    assert len([sql for sql in queries if 'FROM "forum_category"' in sql]) == 0  # the rules come from the cache


def test_the_notifications_page_corrects_a_count_that_includes_news_no_longer_readable(
    client, basic_member, corporate_member, champion
):
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Event ideas", body="Share yours")
    reply(author=corporate_member, topic=topic, body="Try a countdown.")
    topic.category = champions_only()
    topic.save()
    client.force_login(basic_member)
    client.get(reverse("notifications:list"))
    basic_member.refresh_from_db()
    assert basic_member.unread_notification_count == 0


def test_readable_categories_are_worked_out_once_per_request_and_follow_changes(
    basic_member, django_assert_num_queries
):
    restricted = champions_only()
    assert restricted.pk not in readable_category_ids(user=basic_member)
    with django_assert_num_queries(0):
        readable_category_ids(user=basic_member)
    restricted.read_level = 1
    restricted.save()
    forget_facts(basic_member)
    assert restricted.pk in readable_category_ids(user=basic_member)
    Category.objects.create(name="New", slug="new")
    forget_facts(basic_member)
    assert Category.objects.get(slug="new").pk in readable_category_ids(user=basic_member)


def test_pinned_topics_have_an_index():
    pinned = [index for index in Topic._meta.indexes if index.name == "forum_topic_pinned"]
    assert pinned and pinned[0].condition is not None


def _replies(topic, author, count: int) -> None:
    """Published replies in bulk (posting through the service would meet the new-member rate limit)."""
    Post.objects.bulk_create(
        Post(topic=topic, author=author, body=f"Reply {n}", body_html=f"<p>Reply {n}</p>", created_at=timezone.now())
        for n in range(count)
    )


@pytest.mark.parametrize("role", ["basic_member", "champion"])
def test_a_topic_page_costs_the_same_queries_with_50_posts_as_with_20(client, request, corporate_member, role):
    viewer = request.getfixturevalue(role)
    topic = TopicFactory(category=enthusiasts())
    _replies(topic, corporate_member, 19)
    client.force_login(viewer)
    twenty = _queries(client, topic.get_absolute_url())
    _replies(topic, corporate_member, 30)
    fifty = _queries(client, topic.get_absolute_url())
    page = client.get(topic.get_absolute_url()).content.decode()
    assert page.count('class="postwise-post') >= 50
    assert len(fifty) == len(twenty) <= 15
    # Each post's addresses are its own (they are reversed once per page and filled in per post).
    last = topic.posts.order_by("-id").first()
    assert f'href="{reverse("forum:flag", args=[last.pk])}"' in page


def _templates(client, url) -> list[str]:
    rendered = []

    def record(sender, template, **kwargs):
        rendered.append(template.name)

    template_rendered.connect(record)
    try:
        assert client.get(url).status_code == 200
    finally:
        template_rendered.disconnect(record)
    return rendered


def test_a_topic_page_renders_no_template_per_post(client, champion, corporate_member):
    """The posts are built in Python (community.forum.post_markup), not a template per post and per button: that
    made a page of 50 posts cost 1.7 times one of 20 (`python -m tests.bench.run topic` measures it)."""
    topic = TopicFactory(category=enthusiasts())
    _replies(topic, corporate_member, 19)
    client.force_login(champion)
    twenty = _templates(client, topic.get_absolute_url())
    _replies(topic, corporate_member, 30)
    assert _templates(client, topic.get_absolute_url()) == twenty


def _replies_by_role_holders(topic, count: int) -> None:
    """Replies each by a different member holding a role, so every post has its own avatar and badges."""
    authors = [MemberFactory(roles=(Role.CHAMPION,) if n % 2 else (Role.TECH_SUPPORT,)) for n in range(count)]
    Post.objects.bulk_create(
        Post(topic=topic, author=author, body="Reply", body_html="<p>Reply</p>", created_at=timezone.now())
        for author in authors
    )


def test_avatars_and_badges_keep_the_topic_page_and_topic_lists_flat(client, basic_member):
    """Each author's avatar and role badges: the same queries with 5 authors as with 40 (topics and replies)."""
    category = enthusiasts()
    topic = TopicFactory(category=category)
    _replies_by_role_holders(topic, 5)
    for _ in range(5):
        TopicFactory(category=category, author=MemberFactory(roles=(Role.CHAMPION,)))
    client.force_login(basic_member)
    urls = [topic.get_absolute_url(), reverse("forum:index"), reverse("forum:category", args=[category.slug])]
    few = [len(_queries(client, url)) for url in urls]
    _replies_by_role_holders(topic, 35)
    for _ in range(20):
        TopicFactory(category=category, author=MemberFactory(roles=(Role.COORDINATOR,)))
    many = [len(_queries(client, url)) for url in urls]
    assert many == few and max(many) <= 15, (few, many)
    page = client.get(topic.get_absolute_url()).content.decode()
    assert page.count(">Champion</strong>") == 19 and page.count(">Tech support</strong>") == 21
    listing = client.get(reverse("forum:category", args=[category.slug])).content.decode()
    assert listing.count(">Coordinator</strong>") == 20 and listing.count('class="pw-avatar ') >= 25


def test_my_path_costs_a_basic_member_at_most_six_queries(client, basic_member):
    """Session, viewer facts, organisation settings and the unread count come from the cache or the member
    row; what is left is the member, the page and its own content."""
    client.force_login(basic_member)
    assert len(_queries(client, "/my-path/")) <= 6


def test_the_home_page_costs_a_basic_member_at_most_six_queries(client, basic_member):
    """The member, Wagtail's site and page, and the panels that are per member and not kept in the cache: the
    latest topics (with their tags) and the open workshops (tests/home/test_signed_in_home.py shows the count
    stays flat with data, for every role)."""
    enthusiasts()
    client.force_login(basic_member)
    assert len(_queries(client, "/")) <= 6
