from django.db import transaction

from community.forum import signals
from community.forum.models import Post, Topic
from community.permissions import permissions
from community.refusals import Refused


@transaction.atomic
def accept_answer(*, member, post: Post) -> Topic:
    topic = Topic.objects.select_for_update().select_related("category").get(pk=post.topic_id)
    permissions.check(member, "forum.accept_answer", topic, conceal=True)
    if post.is_opening or not post.is_visible:
        raise Refused("Only a visible reply can be the accepted answer.")
    topic.accepted_post = post
    topic.save(update_fields=["accepted_post"])
    if post.author_id != member.pk:
        signals.answer_accepted.send(sender=Post, post=post, actor=member)
    return topic


@transaction.atomic
def clear_answer(*, member, topic: Topic) -> Topic:
    permissions.check(member, "forum.accept_answer", topic, conceal=True)
    Topic.objects.filter(pk=topic.pk).update(accepted_post=None)
    topic.accepted_post = None
    return topic
