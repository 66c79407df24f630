"""Issue 14: the hot queries use an index on PostgreSQL, with enough rows that the planner has a choice.

Seeds 20,000 members, 20,000 topics, 60,000 posts, 5,000 notifications and their search entries with bulk inserts, runs
ANALYZE, then EXPLAINs each hot query and fails on a sequential scan of a big table. PostgreSQL only
(SQLite's planner has no statistics to speak of); CI runs it on PostgreSQL.
"""

import datetime
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from wagtail.search.models import IndexEntry

from community.forum.factories import enthusiasts
from community.forum.models import Post, Topic
from community.forum.selectors import pinned_topics, posts_for, topic_page
from community.models import Member
from community.notifications.models import Notification
from community.notifications.selectors import notifications_for, visible_unread_count

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="EXPLAIN plans are PostgreSQL's"),
    pytest.mark.django_db,
]

MEMBERS, TOPICS, POSTS_PER_TOPIC, NOTIFICATIONS = 20_000, 20_000, 3, 5_000
BIG_TABLES = [
    "forum_topic",
    "forum_post",
    "notifications_notification",
    "community_member",
    IndexEntry._meta.db_table,
]
SEQ_SCAN = re.compile(r"Seq Scan on (\w+)")


@pytest.fixture
def seeded(basic_member):
    category = enthusiasts()
    now = timezone.now()
    authors = Member.objects.bulk_create(
        (Member(email=f"plan{n}@example.org", password="md5$x$0") for n in range(MEMBERS)), batch_size=5_000
    )
    topics = Topic.objects.bulk_create(
        (
            Topic(
                category=category,
                title=f"Plan topic {n} about {'alerts' if n % 50 == 0 else 'events'}",
                author=authors[n % len(authors)],
                created_at=now - datetime.timedelta(minutes=n),
                last_activity_at=now - datetime.timedelta(minutes=n),
                is_pinned=n % 4000 == 0,
                opening_text="Plan",
            )
            for n in range(TOPICS)
        ),
        batch_size=5_000,
    )
    Post.objects.bulk_create(
        (
            Post(topic=topic, author=topic.author, is_opening=i == 0, body="x", body_html="x", created_at=now)
            for topic in topics
            for i in range(POSTS_PER_TOPIC)
        ),
        batch_size=10_000,
    )
    Notification.objects.bulk_create(
        (
            Notification(recipient=authors[n % len(authors)], kind="reply", topic=topics[n])
            for n in range(NOTIFICATIONS)
        ),
        batch_size=5_000,
    )
    Notification.objects.bulk_create(
        Notification(recipient=basic_member, kind="reply", topic=topics[n], read_at=None) for n in range(50)
    )
    content_type = ContentType.objects.get_for_model(Topic)
    table = IndexEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {table}
                (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                SELECT %s, id::text, to_tsvector('english', title), to_tsvector('simple', title),
                       to_tsvector('english', opening_text), 1.0, title, opening_text
                FROM forum_topic""",  # noqa: S608 - the table name is the model's own
            [content_type.pk],
        )
        for table in BIG_TABLES:
            cursor.execute(f"ANALYZE {table}")
    return {"category": category, "topic": topics[TOPICS // 2]}


def _plan(queryset) -> str:
    return queryset.explain()


def _seq_scans(plan: str) -> list[str]:
    return [table for table in SEQ_SCAN.findall(plan) if table in BIG_TABLES]


def _captured_plans(call) -> list[tuple[str, str]]:
    """Run `call`, then EXPLAIN every SELECT it made (with its parameters)."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        call()
    plans = []
    with connection.cursor() as cursor:
        for query in captured.captured_queries:
            if query["sql"].startswith("SELECT"):
                cursor.execute("EXPLAIN " + query["sql"])
                plans.append((query["sql"], "\n".join(row[0] for row in cursor.fetchall())))
    return plans


def test_the_hot_forum_and_notification_queries_use_indexes(seeded, basic_member):
    category_ids = [seeded["category"].pk]
    calls = {
        "forum index": lambda: topic_page(user=basic_member, category_ids=category_ids),
        "pinned topics": lambda: pinned_topics(user=basic_member, category_ids=category_ids),
        "topic posts": lambda: posts_for(user=basic_member, topic=seeded["topic"], moderator=False),
        "notifications": lambda: notifications_for(member=basic_member),
        "unread count": lambda: visible_unread_count(member=basic_member),
    }
    for name, call in calls.items():
        for sql, plan in _captured_plans(call):
            assert not _seq_scans(plan), f"{name}: {sql}\n{plan}"
