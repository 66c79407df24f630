"""Moderation verbs on a post: approve or reject a held post, hide, restore, dismiss its flags."""

from django.db import transaction
from django.utils import timezone

from community.forum import signals
from community.forum.models import ModerationAction, Post, Topic
from community.forum.services import counts
from community.forum.services.flags import resolve_open_flags
from community.forum.services.moderation.log import record, require_moderator
from community.forum.services.moderation.topics import hide_topic, restore_topic
from community.refusals import Refused

Verb = ModerationAction.Verb
MAX_REASON = 300  # ModerationAction.detail


def _locked(post: Post, *related: str) -> Post:
    return Post.objects.select_for_update().select_related(*related).get(pk=post.pk)


@transaction.atomic
def approve_post(*, moderator, post: Post) -> None:
    require_moderator(moderator)
    post = _locked(post, "topic__category")
    if post.status != Post.Status.PENDING:
        return
    now = timezone.now()
    Post.objects.filter(pk=post.pk).update(status=Post.Status.PUBLISHED, created_at=now)
    post.status, post.created_at = Post.Status.PUBLISHED, now
    if post.is_opening:
        Topic.objects.filter(pk=post.topic_id).update(awaiting_approval=False)
    counts.post_published(post=post)
    record(moderator=moderator, verb=Verb.APPROVE, topic=post.topic, post=post)
    counts.waiting_changed()
    signals.post_published.send(sender=Post, post=post)
    signals.post_moderated.send(sender=Post, post=post, approved=True, reason="")


@transaction.atomic
def reject_post(*, moderator, post: Post, reason: str = "") -> None:
    require_moderator(moderator)
    reason = " ".join(reason.split())
    if not reason:
        raise Refused("Give a reason for rejecting the post: the author is told it, so they know what to change.")
    if len(reason) > MAX_REASON:
        raise Refused(f"Keep the reason to {MAX_REASON} characters or fewer.")
    post = _locked(post, "topic")
    if post.status != Post.Status.PENDING:
        return
    Post.objects.filter(pk=post.pk).update(status=Post.Status.REJECTED)
    if post.is_opening:
        Topic.objects.filter(pk=post.topic_id).update(is_hidden=True)
    record(moderator=moderator, verb=Verb.REJECT, topic=post.topic, post=post, detail=reason)
    counts.waiting_changed()
    signals.post_moderated.send(sender=Post, post=post, approved=False, reason=reason)


@transaction.atomic
def hide_post(*, moderator, post: Post, reason: str = "") -> None:
    """Hiding an opening post hides the whole topic. Open flags on the post are resolved."""
    require_moderator(moderator)
    post = _locked(post, "topic")
    if post.is_opening:
        hide_topic(moderator=moderator, topic=post.topic, reason=reason)
    elif not post.is_hidden:
        Post.objects.filter(pk=post.pk).update(is_hidden=True)
        if post.status == Post.Status.PUBLISHED:
            counts.reply_hidden(post=post, delta=-1)
        record(moderator=moderator, verb=Verb.HIDE, topic=post.topic, post=post, detail=reason)
    resolve_open_flags(moderator=moderator, post=post)


@transaction.atomic
def restore_post(*, moderator, post: Post) -> None:
    """Restoring an opening post restores the whole topic."""
    require_moderator(moderator)
    post = _locked(post, "topic")
    if post.is_opening:
        restore_topic(moderator=moderator, topic=post.topic)
        return
    if not post.is_hidden:
        return
    Post.objects.filter(pk=post.pk).update(is_hidden=False)
    if post.status == Post.Status.PUBLISHED:
        counts.reply_hidden(post=post, delta=1)
    record(moderator=moderator, verb=Verb.RESTORE, topic=post.topic, post=post)


@transaction.atomic
def dismiss_flags(*, moderator, post: Post) -> int:
    """The post is fine: close its open flags and say so in the log."""
    require_moderator(moderator)
    post = _locked(post, "topic")
    closed = resolve_open_flags(moderator=moderator, post=post)
    if closed:
        record(moderator=moderator, verb=Verb.DISMISS_FLAGS, topic=post.topic, post=post)
    return closed
