"""Stored counts on topics and categories, always changed with F() inside the caller's transaction."""

from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Max

from community.forum.models import Category, Post, Topic
from community.forum.selectors import WAITING_COUNT_KEY


def post_published(*, post: Post) -> None:
    topic_changes = {"last_activity_at": post.created_at, "last_post_id": post.pk}
    if not post.is_opening:
        topic_changes["reply_count"] = F("reply_count") + 1
    Topic.objects.filter(pk=post.topic_id).update(**topic_changes)
    category_changes = {"post_count": F("post_count") + 1, "last_activity_at": post.created_at}
    if post.is_opening:
        category_changes["topic_count"] = F("topic_count") + 1
    Category.objects.filter(pk=post.topic.category_id).update(**category_changes)


def reply_hidden(*, post: Post, delta: int) -> None:
    """A visible reply disappears (delta=-1) or comes back (delta=+1)."""
    Topic.objects.filter(pk=post.topic_id).update(reply_count=F("reply_count") + delta)
    Category.objects.filter(pk=post.topic.category_id).update(post_count=F("post_count") + delta)
    refresh_last_post(topic=post.topic)


def topic_listed(*, topic: Topic, category_id: int, delta: int) -> None:
    """A whole topic leaves (delta=-1) or joins (delta=+1) a category's counts."""
    Category.objects.filter(pk=category_id).update(
        topic_count=F("topic_count") + delta, post_count=F("post_count") + delta * (topic.reply_count + 1)
    )


def refresh_last_post(*, topic: Topic) -> None:
    visible = Post.objects.filter(topic_id=topic.pk, status=Post.Status.PUBLISHED, is_hidden=False)
    latest = visible.aggregate(last_id=Max("id"), last_at=Max("created_at"))
    if latest["last_id"] is not None:
        Topic.objects.filter(pk=topic.pk).update(last_post_id=latest["last_id"], last_activity_at=latest["last_at"])


def waiting_changed() -> None:
    """A post started or stopped waiting for approval: the navigation's count is worked out again."""
    # Now, for this request, and again on commit, so a page read in between cannot keep an old count.
    cache.delete(WAITING_COUNT_KEY)
    transaction.on_commit(lambda: cache.delete(WAITING_COUNT_KEY))
