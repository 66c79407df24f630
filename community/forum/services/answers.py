from django.db import transaction

from community.forum import signals
from community.forum.models import Post, Topic
from community.forum.services import counts
from community.permissions import permissions
from community.refusals import Refused


def _accepted_author(*, topic_id: int) -> int | None:
    return Topic.objects.filter(pk=topic_id).values_list("accepted_post__author_id", flat=True).first()


@transaction.atomic
def accept_answer(*, member, post: Post) -> Topic:
    topic = Topic.objects.select_for_update().select_related("category").get(pk=post.topic_id)
    permissions.check(member, "forum.accept_answer", topic, conceal=True)
    if post.is_opening or not post.is_visible:
        raise Refused("Only a visible reply can be the accepted answer.")
    before = _accepted_author(topic_id=topic.pk)
    topic.accepted_post = post
    topic.save(update_fields=["accepted_post"])
    counts.members_changed(member_ids=[before, post.author_id])
    if post.author_id != member.pk:
        signals.answer_accepted.send(sender=Post, post=post, actor=member)
    return topic


@transaction.atomic
def clear_answer(*, member, topic: Topic) -> Topic:
    permissions.check(member, "forum.accept_answer", topic, conceal=True)
    before = _accepted_author(topic_id=topic.pk)
    Topic.objects.filter(pk=topic.pk).update(accepted_post=None)
    counts.members_changed(member_ids=[before])
    topic.accepted_post = None
    return topic
