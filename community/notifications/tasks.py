"""Background work for notifications (django-tasks): fan-out, immediate emails and digests. Each task calls the
services for its writes and sends the emails."""

from django_tasks import task

from community.notifications import emails, services
from community.notifications.models import DEFAULT_FREQUENCY, EmailPreference, Notification
from community.notifications.recipients import may_read, members_by_id
from community.notifications.selectors import frequencies


def _email_at_once(notifications, *, unless: str | None = None, only: str | None = None) -> None:
    """Enqueue the email of each notification whose recipient asked for it at once (`only`), or did not
    turn emails off (`unless`)."""
    chosen = frequencies(member_ids=[notification.recipient_id for notification in notifications])
    for notification in notifications:
        frequency = chosen.get(notification.recipient_id, DEFAULT_FREQUENCY)
        if (only is not None and frequency == only) or (unless is not None and frequency != unless):
            send_immediate.enqueue(notification_id=notification.pk)


@task()
def fan_out_post(*, post_id: int, mentions_only: bool = False) -> int:
    made = services.post_news(post_id=post_id, mentions_only=mentions_only)
    _email_at_once(made, only=EmailPreference.Frequency.IMMEDIATE)
    return len(made)


@task()
def notify_accepted(*, post_id: int, actor_id: int) -> int:
    notification = services.accepted_news(post_id=post_id, actor_id=actor_id)
    made = [notification] if notification is not None else []
    _email_at_once(made, only=EmailPreference.Frequency.IMMEDIATE)
    return len(made)


@task()
def send_immediate(*, notification_id: int) -> bool:
    claimed = services.claim_for_email(Notification.objects.filter(pk=notification_id, emailed_at__isnull=True))
    if not claimed:
        return False
    notification = Notification.objects.select_related("recipient", "topic__category", "post", "actor").get(
        pk=notification_id
    )
    if notification.topic is not None and not may_read(notification.recipient, notification.topic):
        return False
    emails.send_notifications(member=notification.recipient, notifications=[notification], digest=None)
    return True


@task()
def send_digest(*, member_id: int, frequency: str) -> int:
    member = members_by_id([member_id]).get(member_id)
    if member is None:
        return 0
    pending = Notification.objects.filter(recipient=member, emailed_at__isnull=True, read_at__isnull=True)
    claimed = services.claim_for_email(pending.order_by("id")[:200])
    if not claimed:
        return 0
    notifications = [
        notification
        for notification in Notification.objects.filter(pk__in=claimed)
        .select_related("topic__category", "post", "actor")
        .order_by("id")
        if notification.topic is None or may_read(member, notification.topic)
    ]
    if notifications:
        emails.send_notifications(member=member, notifications=notifications, digest=frequency)
    return len(notifications)


@task()
def notify_moderated(*, post_id: int, approved: bool, reason: str = "") -> bool:
    """Tell the author of a held post that it was approved or rejected: in the site, and by email at once
    unless they turned emails off (they are waiting for this answer, so it does not wait for a digest)."""
    notification = services.moderation_news(post_id=post_id, approved=approved, reason=reason)
    if notification is None:
        return False
    _email_at_once([notification], unless=EmailPreference.Frequency.NEVER)
    return True
