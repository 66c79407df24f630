"""Stored counts on topics, categories and members, always changed inside the caller's transaction: topics'
and categories' with F(); members' (a profile's figures) worked out again for the few members a change touches."""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, F, IntegerField, Max, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from community.forum.models import Category, Post, Topic
from community.forum.selectors import WAITING_COUNT_KEY
from community.models import Member


def post_published(*, post: Post) -> None:
    topic_changes = {"last_activity_at": post.created_at, "last_post_id": post.pk}
    if not post.is_opening:
        topic_changes["reply_count"] = F("reply_count") + 1
    Topic.objects.filter(pk=post.topic_id).update(**topic_changes)
    category_changes = {"post_count": F("post_count") + 1, "last_activity_at": post.created_at}
    if post.is_opening:
        category_changes["topic_count"] = F("topic_count") + 1
    Category.objects.filter(pk=post.topic.category_id).update(**category_changes)
    members_changed(member_ids=[post.author_id])


def reply_hidden(*, post: Post, delta: int) -> None:
    """A visible reply disappears (delta=-1) or comes back (delta=+1)."""
    Topic.objects.filter(pk=post.topic_id).update(reply_count=F("reply_count") + delta)
    Category.objects.filter(pk=post.topic.category_id).update(post_count=F("post_count") + delta)
    refresh_last_post(topic=post.topic)
    members_changed(member_ids=[post.author_id])


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


def _per_author(queryset, aggregate) -> Coalesce:
    """One figure per member (OuterRef), 0 when they have no rows."""
    figure = queryset.order_by().values("author").annotate(figure=aggregate).values("figure")
    return Coalesce(Subquery(figure, output_field=IntegerField()), Value(0))


def members_changed(*, member_ids) -> None:
    """The profile's forum figures of these members, worked out again in one UPDATE: posts that readers see
    (published, not hidden, in a topic not hidden), how often those were marked helpful, and how many were
    accepted as an answer. Called by every service that changes one of them."""
    ids = {pk for pk in member_ids if pk}
    if not ids:
        return
    shown = Post.objects.filter(
        author=OuterRef("pk"), status=Post.Status.PUBLISHED, is_hidden=False, topic__is_hidden=False
    )
    accepted = Topic.objects.filter(accepted_post__author=OuterRef("pk"), is_hidden=False).values(
        "accepted_post__author"
    )
    Member.objects.filter(pk__in=ids).update(
        forum_post_count=_per_author(shown, Count("id")),
        helpful_count=_per_author(shown, Sum("helpful_count")),
        accepted_answer_count=Coalesce(
            Subquery(accepted.annotate(figure=Count("id")).values("figure"), output_field=IntegerField()), Value(0)
        ),
    )


def topic_members_changed(*, topic_id: int) -> None:
    """A whole topic was hidden or restored: everyone who posted in it."""
    members_changed(member_ids=Post.objects.filter(topic_id=topic_id).values_list("author_id", flat=True).distinct())
