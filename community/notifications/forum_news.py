"""Notifications for what happens in the forum: receivers of the forum's signals (community/forum/signals.py),
each enqueuing its task (tasks.py). They run inside the sender's transaction: with the database worker the task
row commits (or rolls back) with the post itself."""

from django.dispatch import receiver

from community.forum import signals
from community.notifications import tasks


@receiver(signals.post_published, dispatch_uid="notifications.post_published")
def post_published(sender, *, post, **kwargs) -> None:
    tasks.fan_out_post.enqueue(post_id=post.pk)


@receiver(signals.post_edited, dispatch_uid="notifications.post_edited")
def post_edited(sender, *, post, **kwargs) -> None:
    """Members newly mentioned by an edit hear of it; anyone already told is not told again."""
    tasks.fan_out_post.enqueue(post_id=post.pk, mentions_only=True)


@receiver(signals.answer_accepted, dispatch_uid="notifications.answer_accepted")
def answer_accepted(sender, *, post, actor, **kwargs) -> None:
    tasks.notify_accepted.enqueue(post_id=post.pk, actor_id=actor.pk)


@receiver(signals.post_moderated, dispatch_uid="notifications.post_moderated")
def post_moderated(sender, *, post, approved: bool, reason: str = "", **kwargs) -> None:
    tasks.notify_moderated.enqueue(post_id=post.pk, approved=approved, reason=reason)
