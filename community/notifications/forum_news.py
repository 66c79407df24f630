"""Notifications for what happens in the forum: receivers of the forum's signals (community/forum/signals.py)."""

from django.dispatch import receiver

from community.forum import signals
from community.notifications import services


@receiver(signals.post_published, dispatch_uid="notifications.post_published")
def post_published(sender, *, post, **kwargs) -> None:
    services.post_published(post=post)


@receiver(signals.post_edited, dispatch_uid="notifications.post_edited")
def post_edited(sender, *, post, **kwargs) -> None:
    services.post_edited(post=post)


@receiver(signals.answer_accepted, dispatch_uid="notifications.answer_accepted")
def answer_accepted(sender, *, post, actor, **kwargs) -> None:
    services.answer_accepted(post=post, actor=actor)


@receiver(signals.post_moderated, dispatch_uid="notifications.post_moderated")
def post_moderated(sender, *, post, approved: bool, reason: str = "", **kwargs) -> None:
    services.post_moderated(post=post, approved=approved, reason=reason)
