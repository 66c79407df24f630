from django.db import transaction
from django.utils import timezone

from community.forum.models import ModerationAction, Post, Topic
from community.forum.moderation.log import record, require_moderator
from community.forum.services import counts
from community.refusals import Refused

MAX_REASON = 300  # ModerationAction.detail


@transaction.atomic
def approve_post(*, moderator, post: Post) -> None:
    require_moderator(moderator)
    post = Post.objects.select_for_update().select_related("topic__category").get(pk=post.pk)
    if post.status != Post.Status.PENDING:
        return
    now = timezone.now()
    Post.objects.filter(pk=post.pk).update(status=Post.Status.PUBLISHED, created_at=now)
    post.status, post.created_at = Post.Status.PUBLISHED, now
    if post.is_opening:
        Topic.objects.filter(pk=post.topic_id).update(awaiting_approval=False)
    counts.post_published(post=post)
    record(moderator=moderator, verb=ModerationAction.Verb.APPROVE, topic=post.topic, post=post)
    counts.waiting_changed()
    from community.notifications.services import post_moderated, post_published

    post_published(post=post)
    post_moderated(post=post, approved=True)


@transaction.atomic
def reject_post(*, moderator, post: Post, reason: str = "") -> None:
    require_moderator(moderator)
    reason = " ".join(reason.split())
    if not reason:
        raise Refused("Give a reason for rejecting the post: the author is told it, so they know what to change.")
    if len(reason) > MAX_REASON:
        raise Refused(f"Keep the reason to {MAX_REASON} characters or fewer.")
    post = Post.objects.select_for_update().select_related("topic").get(pk=post.pk)
    if post.status != Post.Status.PENDING:
        return
    Post.objects.filter(pk=post.pk).update(status=Post.Status.REJECTED)
    if post.is_opening:
        Topic.objects.filter(pk=post.topic_id).update(is_hidden=True)
    record(moderator=moderator, verb=ModerationAction.Verb.REJECT, topic=post.topic, post=post, detail=reason)
    counts.waiting_changed()
    from community.notifications.services import post_moderated

    post_moderated(post=post, approved=False, reason=reason)
