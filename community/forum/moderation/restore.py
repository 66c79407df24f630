from django.db import transaction

from community.forum.models import ModerationAction, Post, Topic
from community.forum.moderation.log import record, require_moderator
from community.forum.services import counts
from community.refusals import Refused


@transaction.atomic
def restore_post(*, moderator, post: Post) -> None:
    require_moderator(moderator)
    post = Post.objects.select_for_update().select_related("topic").get(pk=post.pk)
    if post.is_opening:
        restore_topic(moderator=moderator, topic=post.topic)
        return
    if not post.is_hidden:
        return
    Post.objects.filter(pk=post.pk).update(is_hidden=False)
    if post.status == Post.Status.PUBLISHED:
        counts.reply_hidden(post=post, delta=1)
    record(moderator=moderator, verb=ModerationAction.Verb.RESTORE, topic=post.topic, post=post)


@transaction.atomic
def restore_topic(*, moderator, topic: Topic) -> None:
    require_moderator(moderator)
    topic = Topic.objects.select_for_update().get(pk=topic.pk)
    if topic.merged_into_id:
        raise Refused("This topic was merged into another one; its posts live there now.")
    if not topic.is_hidden:
        return
    Topic.objects.filter(pk=topic.pk).update(is_hidden=False)
    if not topic.awaiting_approval:
        counts.topic_listed(topic=topic, category_id=topic.category_id, delta=1)
    record(moderator=moderator, verb=ModerationAction.Verb.RESTORE, topic=topic)
