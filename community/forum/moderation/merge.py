from django.db import transaction
from django.db.models import F

from community.forum.models import Category, ModerationAction, Post, Topic
from community.forum.moderation.log import record, require_moderator
from community.forum.services import counts
from community.refusals import Refused


@transaction.atomic
def merge_topics(*, moderator, source: Topic, into: Topic) -> Topic:
    """Move every post of `source` into `into`; `source` is left hidden and points at `into`."""
    require_moderator(moderator)
    if source.pk == into.pk:
        raise Refused("Choose a different topic to merge into.")
    source, into = (
        Topic.objects.select_for_update().get(pk=source.pk),
        Topic.objects.select_for_update().get(pk=into.pk),
    )
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
    record(moderator=moderator, verb=ModerationAction.Verb.MERGE, topic=into, detail=f"merged “{source.title}”")
    into.refresh_from_db()
    return into
