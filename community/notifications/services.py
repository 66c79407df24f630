"""Creating notifications when something happens in the forum. The fan-out runs as a task.

Tasks are enqueued inside the caller's transaction: with the database worker the task row
commits (or rolls back) with the post itself.
"""

from django.utils import timezone

from community.notifications.models import EmailPreference, Notification
from community.notifications.tasks import fan_out_post, notify_accepted, notify_moderated


def post_published(*, post) -> None:
    fan_out_post.enqueue(post_id=post.pk)


def post_edited(*, post) -> None:
    """Members newly mentioned by an edit hear of it; anyone already told is not told again."""
    fan_out_post.enqueue(post_id=post.pk, mentions_only=True)


def answer_accepted(*, post, actor) -> None:
    notify_accepted.enqueue(post_id=post.pk, actor_id=actor.pk)


def post_moderated(*, post, approved: bool, reason: str = "") -> None:
    notify_moderated.enqueue(post_id=post.pk, approved=approved, reason=reason)


def tell_member(*, member, kind: str, message: str, link: str = "") -> Notification:
    """News for one member that is not about a forum topic, such as a licence change. Its email is sent
    by the feature that made the change, so it is marked emailed and never repeated in a digest."""
    now = timezone.now()
    return Notification.objects.create(recipient=member, kind=kind, message=message, link=link, emailed_at=now)


def mark_all_read(*, member) -> int:
    return Notification.objects.filter(recipient=member, read_at__isnull=True).update(read_at=timezone.now())


def mark_read(*, member, notification_id: int) -> Notification | None:
    notification = Notification.objects.filter(recipient=member, pk=notification_id).select_related("topic").first()
    if notification and notification.read_at is None:
        Notification.objects.filter(pk=notification.pk).update(read_at=timezone.now())
    return notification


def set_frequency(*, member, frequency: str) -> EmailPreference:
    preference, _ = EmailPreference.objects.update_or_create(member=member, defaults={"frequency": frequency})
    return preference
