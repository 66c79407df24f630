"""Keyset pagination, unread marks, and query budgets that do not grow with 100,000 posts."""

import datetime

from django.contrib.auth.hashers import make_password
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.forum.factories import TopicFactory, enthusiasts
from community.forum.models import Category, Post, ReadMark, Topic
from community.forum.selectors import Cursor, topic_page
from community.forum.services.posting import reply
from community.models import Member

MEMBERS, TOPICS, POSTS_PER_TOPIC = 10_000, 5_000, 20


def test_keyset_pages_cover_every_topic_once_even_with_equal_times(basic_member):
    category = enthusiasts()
    moment = timezone.now()
    made = [TopicFactory(category=category, created_at=moment - datetime.timedelta(minutes=n % 3)) for n in range(23)]
    seen, cursor = [], None
    while True:
        page = topic_page(user=basic_member, category_ids=[category.pk], cursor=cursor, per_page=5)
        seen += [topic.pk for topic in page.topics]
        if not page.next_cursor:
            break
        cursor = Cursor.decode(page.next_cursor)
    assert sorted(seen) == sorted(topic.pk for topic in made)
    assert len(seen) == len(set(seen))
    times = [Topic.objects.get(pk=pk).last_activity_at for pk in seen]
    assert times == sorted(times, reverse=True)


def test_bad_cursors_give_the_first_page(client, basic_member):
    TopicFactory(category=enthusiasts())
    client.force_login(basic_member)
    for junk in ("!!!", "bm90IGEgY3Vyc29y", "MjAyNi0wMS0wMXxhYmM"):
        assert client.get(reverse("forum:index"), {"after": junk}).status_code == 200


def test_unread_high_water_mark(client, basic_member, corporate_member):
    topic = TopicFactory(category=enthusiasts(), title="Watch me")
    client.force_login(basic_member)
    assert "Unread" in client.get(reverse("forum:index")).content.decode()
    client.get(topic.get_absolute_url())
    assert ReadMark.objects.get(member=basic_member, topic=topic).last_read_post_id == topic.last_post_id
    assert "Unread" not in client.get(reverse("forum:index")).content.decode()
    reply(author=corporate_member, topic=topic, body="News")
    assert "New replies" in client.get(reverse("forum:index")).content.decode()
    assert ReadMark.objects.filter(member=basic_member).count() == 1


def _seed(category) -> Topic:
    now = timezone.now()
    password = make_password("x")
    Member.objects.bulk_create(
        [Member(email=f"bulk{n}@example.org", password=password) for n in range(MEMBERS)], batch_size=2000
    )
    authors = list(Member.objects.filter(email__startswith="bulk").values_list("pk", flat=True))
    Topic.objects.bulk_create(
        [
            Topic(
                category=category,
                title=f"Seeded topic {n}",
                author_id=authors[n % MEMBERS],
                created_at=now - datetime.timedelta(minutes=n),
                last_activity_at=now - datetime.timedelta(minutes=n),
                reply_count=POSTS_PER_TOPIC - 1,
            )
            for n in range(TOPICS)
        ],
        batch_size=2000,
    )
    topic_ids = list(Topic.objects.filter(category=category).values_list("pk", flat=True))
    Post.objects.bulk_create(
        (
            Post(
                topic_id=topic_id,
                author_id=authors[(i * 7 + n) % MEMBERS],
                is_opening=n == 0,
                body="Seeded",
                body_html="<p>Seeded</p>",
                created_at=now,
            )
            for i, topic_id in enumerate(topic_ids)
            for n in range(POSTS_PER_TOPIC)
        ),
        batch_size=5000,
    )
    Category.objects.filter(pk=category.pk).update(topic_count=TOPICS, post_count=TOPICS * POSTS_PER_TOPIC)
    return Topic.objects.get(pk=topic_ids[len(topic_ids) // 2])


def test_query_budgets_do_not_grow_at_scale(client, basic_member, django_assert_max_num_queries):
    category = enthusiasts()
    client.force_login(basic_member)
    small_topic = TopicFactory(category=category)

    def measure() -> dict[str, int]:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        counts = {}
        for name, url in {
            "index": reverse("forum:index"),
            "category": reverse("forum:category", args=[category.slug]),
            "topic": small_topic.get_absolute_url(),
            "notifications": reverse("notifications:list"),
        }.items():
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url).status_code == 200
            counts[name] = len(captured)
        return counts

    measure()  # warm caches (site settings, session) so both runs compare like with like
    before = measure()
    middle = _seed(category)
    assert Post.objects.count() >= 100_000 and Member.objects.count() >= 10_000
    after = measure()
    assert after == before, (before, after)
    with django_assert_max_num_queries(15):
        first = client.get(reverse("forum:category", args=[category.slug]))
    cursor = Cursor(last_activity_at=middle.last_activity_at, id=middle.pk).encode()
    with django_assert_max_num_queries(15):
        deep = client.get(reverse("forum:category", args=[category.slug]), {"after": cursor})
    assert first.status_code == deep.status_code == 200
    assert "Seeded topic 2501" in deep.content.decode()
    with django_assert_max_num_queries(15):
        assert client.get(middle.get_absolute_url()).status_code == 200
    for budget in after.values():
        assert budget <= 15


def test_listings_show_each_topics_tags_sorted_with_one_query_for_all(client, basic_member, corporate_member):
    category = enthusiasts()
    client.force_login(basic_member)
    tagged = TopicFactory(category=category, title="Tagged topic")
    tagged.tags.set(["winter", "gritting", "alerts"])
    TopicFactory(category=category, title="Untagged topic")
    url = reverse("forum:category", args=[category.slug])
    client.get(url)

    def tag_queries() -> tuple[str, int]:
        with CaptureQueriesContext(connection) as captured:
            html = client.get(url).content.decode()
        return html, len([query for query in captured if "taggit_taggeditem" in query["sql"]])

    html, one = tag_queries()
    listed = html[html.index("Tagged topic") :]
    assert listed.index("#alerts") < listed.index("#gritting") < listed.index("#winter")
    assert 'href="/search/?tag=gritting"' in listed
    for n in range(10):
        TopicFactory(category=category, title=f"More {n}").tags.set([f"tag{n}", "alerts"])
    html, many = tag_queries()
    assert one == many == 1 and "#tag9" in html
    index = client.get(reverse("forum:index")).content.decode()
    assert "#winter" in index
