from django.db import transaction
from django.utils import timezone

from community.forum import signals
from community.forum.errors import ForumRefusal
from community.forum.models import ModerationAction, Post, Topic
from community.forum.moderation.log import record, require_moderator
from community.forum.services import counts

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
    signals.post_published.send(sender=Post, post=post)
    signals.post_moderated.send(sender=Post, post=post, approved=True, reason="")


@transaction.atomic
def reject_post(*, moderator, post: Post, reason: str = "") -> None:
    require_moderator(moderator)
    reason = " ".join(reason.split())
    if not reason:
        raise ForumRefusal("Give a reason for rejecting the post: the author is told it, so they know what to change.")
    if len(reason) > MAX_REASON:
        raise ForumRefusal(f"Keep the reason to {MAX_REASON} characters or fewer.")
    post = Post.objects.select_for_update().select_related("topic").get(pk=post.pk)
    if post.status != Post.Status.PENDING:
        return
    Post.objects.filter(pk=post.pk).update(status=Post.Status.REJECTED)
    if post.is_opening:
        Topic.objects.filter(pk=post.topic_id).update(is_hidden=True)
    record(moderator=moderator, verb=ModerationAction.Verb.REJECT, topic=post.topic, post=post, detail=reason)
    counts.waiting_changed()
    signals.post_moderated.send(sender=Post, post=post, approved=False, reason=reason)
