"""Every moderation verb checks the moderator's permission and locks its row before it writes."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from community.forum.factories import CategoryFactory, TopicFactory, enthusiasts
from community.forum.models import Category, ModerationAction, Post, Topic
from community.forum.services.moderation import posts, topics
from community.forum.views.moderation import POST_VERBS, TOPIC_VERBS


def _verbs(*, post: Post, topic: Topic, other: Topic):
    """Each verb with the arguments it takes, besides the moderator."""
    for name, (verb, options, _) in POST_VERBS.items():
        yield f"post {name}", verb, {"post": post, **options} | ({"reason": "Off topic"} if name == "reject" else {})
    for name, (verb, options, _) in TOPIC_VERBS.items():
        yield f"topic {name}", verb, {"topic": topic, **options}
    yield "move", topics.move_topic, {"topic": topic, "to": CategoryFactory(slug="elsewhere")}
    yield "merge", topics.merge_topics, {"source": other, "into": topic}


@pytest.fixture
def world(db):
    topic = TopicFactory(category=enthusiasts())
    post = Post.objects.create(
        topic=topic, author=topic.author, body="A reply", body_html="<p>A reply</p>", created_at=timezone.now()
    )
    Topic.objects.filter(pk=topic.pk).update(reply_count=1)  # as posting would, so hiding it keeps counts >= 0
    Category.objects.filter(pk=topic.category_id).update(post_count=2)
    return {"post": post, "topic": topic, "other": TopicFactory(category=topic.category)}


def test_every_verb_refuses_a_member_who_does_not_moderate(world, corporate_member):
    for name, verb, arguments in _verbs(**world):
        with pytest.raises(PermissionDenied):
            verb(moderator=corporate_member, **arguments)
        assert not ModerationAction.objects.exists(), name
    assert not Topic.objects.filter(is_hidden=True).exists()


def test_the_verbs_cover_every_post_and_topic_action():
    assert {verb.__module__ for verb, _, _ in POST_VERBS.values()} == {posts.__name__}
    assert {verb.__module__ for verb, _, _ in TOPIC_VERBS.values()} == {topics.__name__}


@pytest.mark.postgres_only
@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no row locks")
def test_every_verb_locks_its_row_first(world, champion):
    for name, verb, arguments in _verbs(**world):
        with CaptureQueriesContext(connection) as queries:
            verb(moderator=champion, **arguments)
        writes = [n for n, q in enumerate(queries) if q["sql"].startswith(("UPDATE", "INSERT", "DELETE"))]
        locks = [n for n, q in enumerate(queries) if "FOR UPDATE" in q["sql"]]
        assert locks and (not writes or locks[0] < writes[0]), name
