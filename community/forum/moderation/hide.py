from django.db import transaction

from community.forum.models import ModerationAction, Post, Topic
from community.forum.moderation.log import record, require_moderator
from community.forum.services import counts
from community.forum.services.flags import resolve_open_flags


@transaction.atomic
def hide_post(*, moderator, post: Post, reason: str = "") -> None:
    """Hiding an opening post hides the whole topic. Open flags on the post are resolved."""
    require_moderator(moderator)
    post = Post.objects.select_for_update().select_related("topic").get(pk=post.pk)
    if post.is_opening:
        hide_topic(moderator=moderator, topic=post.topic, reason=reason)
    elif not post.is_hidden:
        Post.objects.filter(pk=post.pk).update(is_hidden=True)
        if post.status == Post.Status.PUBLISHED:
            counts.reply_hidden(post=post, delta=-1)
        record(moderator=moderator, verb=ModerationAction.Verb.HIDE, topic=post.topic, post=post, detail=reason)
    resolve_open_flags(moderator=moderator, post=post)


@transaction.atomic
def hide_topic(*, moderator, topic: Topic, reason: str = "") -> None:
    require_moderator(moderator)
    topic = Topic.objects.select_for_update().get(pk=topic.pk)
    if topic.is_hidden:
        return
    Topic.objects.filter(pk=topic.pk).update(is_hidden=True)
    if not topic.awaiting_approval:
        counts.topic_listed(topic=topic, category_id=topic.category_id, delta=-1)
    record(moderator=moderator, verb=ModerationAction.Verb.HIDE, topic=topic, detail=reason)
