"""Moderation verbs on a topic: pin, lock, hide, restore, move and merge."""

from django.db import transaction
from django.db.models import F

from community.forum.models import Category, ModerationAction, Post, Topic
from community.forum.services import counts
from community.forum.services.moderation.log import record, require_moderator
from community.refusals import Refused

Verb = ModerationAction.Verb


def _locked(topic: Topic, *related: str) -> Topic:
    return Topic.objects.select_for_update().select_related(*related).get(pk=topic.pk)


def _switch(*, moderator, topic: Topic, field: str, on: bool, verb: str) -> None:
    """Set a yes/no field of the topic; logged only when it changes."""
    require_moderator(moderator)
    locked = _locked(topic)
    if getattr(locked, field) == on:
        return
    Topic.objects.filter(pk=locked.pk).update(**{field: on})
    record(moderator=moderator, verb=verb, topic=topic)


@transaction.atomic
def set_pinned(*, moderator, topic: Topic, pinned: bool) -> None:
    _switch(moderator=moderator, topic=topic, field="is_pinned", on=pinned, verb=Verb.PIN if pinned else Verb.UNPIN)


@transaction.atomic
def set_locked(*, moderator, topic: Topic, locked: bool) -> None:
    _switch(moderator=moderator, topic=topic, field="is_locked", on=locked, verb=Verb.LOCK if locked else Verb.UNLOCK)


@transaction.atomic
def hide_topic(*, moderator, topic: Topic, reason: str = "") -> None:
    require_moderator(moderator)
    topic = _locked(topic)
    if topic.is_hidden:
        return
    Topic.objects.filter(pk=topic.pk).update(is_hidden=True)
    if not topic.awaiting_approval:
        counts.topic_listed(topic=topic, category_id=topic.category_id, delta=-1)
    counts.topic_members_changed(topic_id=topic.pk)
    record(moderator=moderator, verb=Verb.HIDE, topic=topic, detail=reason)


@transaction.atomic
def restore_topic(*, moderator, topic: Topic) -> None:
    require_moderator(moderator)
    topic = _locked(topic)
    if topic.merged_into_id:
        raise Refused("This topic was merged into another one; its posts live there now.")
    if not topic.is_hidden:
        return
    Topic.objects.filter(pk=topic.pk).update(is_hidden=False)
    if not topic.awaiting_approval:
        counts.topic_listed(topic=topic, category_id=topic.category_id, delta=1)
    counts.topic_members_changed(topic_id=topic.pk)
    record(moderator=moderator, verb=Verb.RESTORE, topic=topic)


@transaction.atomic
def move_topic(*, moderator, topic: Topic, to: Category) -> None:
    require_moderator(moderator)
    topic = _locked(topic, "category")
    if topic.category_id == to.pk:
        return
    source = topic.category
    if not (topic.is_hidden or topic.awaiting_approval):
        counts.topic_listed(topic=topic, category_id=source.pk, delta=-1)
        counts.topic_listed(topic=topic, category_id=to.pk, delta=1)
    Topic.objects.filter(pk=topic.pk).update(category=to)
    record(moderator=moderator, verb=Verb.MOVE, topic=topic, detail=f"from {source} to {to}")


@transaction.atomic
def merge_topics(*, moderator, source: Topic, into: Topic) -> Topic:
    """Move every post of `source` into `into`; `source` is left hidden and points at `into`."""
    require_moderator(moderator)
    if source.pk == into.pk:
        raise Refused("Choose a different topic to merge into.")
    # Both rows locked in one query, in id order (two moderators merging the same pair cannot deadlock).
    locked = {
        topic.pk: topic
        for topic in Topic.objects.select_for_update().filter(pk__in=[source.pk, into.pk]).order_by("pk")
    }
    if len(locked) < 2:
        raise Topic.DoesNotExist
    source, into = locked[source.pk], locked[into.pk]
    if source.merged_into_id:
        raise Refused("That topic has already been merged.")
    listed = not (source.is_hidden or source.awaiting_approval)
    visible_posts = (
        Post.objects.filter(topic=source, status=Post.Status.PUBLISHED, is_hidden=False).count() if listed else 0
    )
    Post.objects.filter(topic=source).update(topic=into, is_opening=False)
    Topic.objects.filter(pk=into.pk).update(reply_count=F("reply_count") + visible_posts)
    if listed:
        Category.objects.filter(pk=source.category_id).update(
            topic_count=F("topic_count") - 1, post_count=F("post_count") - visible_posts
        )
        Category.objects.filter(pk=into.category_id).update(post_count=F("post_count") + visible_posts)
    Topic.objects.filter(pk=source.pk).update(merged_into=into, is_hidden=True, reply_count=0, accepted_post=None)
    into.refresh_from_db()
    counts.refresh_last_post(topic=into)
    record(moderator=moderator, verb=Verb.MERGE, topic=into, detail=f"merged “{source.title}”")
    into.refresh_from_db()
    return into
