"""Creating notifications when something happens in the forum. The fan-out runs as a task.

Tasks are enqueued inside the caller's transaction: with the database worker the task row
commits (or rolls back) with the post itself.

Every write here (and in tasks.py) keeps `Member.unread_notification_count` right in the same
transaction: `created()` after a new notification, `read()` after marking some read.
"""

from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.utils import timezone

from community.models import Member
from community.notifications.models import EmailPreference, Notification
from community.notifications.tasks import created, fan_out_post, notify_accepted, notify_moderated


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
    with transaction.atomic():
        notification = Notification.objects.create(
            recipient=member, kind=kind, message=message, link=link, emailed_at=now
        )
        created(member_id=member.pk)
    return notification


def _read(*, member_id: int, count: int) -> None:
    if count:
        Member.objects.filter(pk=member_id).update(
            unread_notification_count=Greatest(F("unread_notification_count") - count, Value(0))
        )


def mark_all_read(*, member) -> int:
    with transaction.atomic():
        count = Notification.objects.filter(recipient=member, read_at__isnull=True).update(read_at=timezone.now())
        Member.objects.filter(pk=member.pk).update(unread_notification_count=0)
    member.unread_notification_count = 0
    return count


def mark_read(*, member, notification_id: int) -> Notification | None:
    notification = Notification.objects.filter(recipient=member, pk=notification_id).select_related("topic").first()
    if notification and notification.read_at is None:
        with transaction.atomic():
            changed = Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
                read_at=timezone.now()
            )
            _read(member_id=member.pk, count=changed)
    return notification


def correct_unread_count(*, member, visible_unread: int) -> None:
    """The notifications page counts the unread ones the member may still read (a topic can be hidden or
    moved after the news); when the stored count differs, it is corrected to that figure."""
    if member.unread_notification_count != visible_unread:
        Member.objects.filter(pk=member.pk).update(unread_notification_count=visible_unread)
        member.unread_notification_count = visible_unread


def set_frequency(*, member, frequency: str) -> EmailPreference:
    preference, _ = EmailPreference.objects.update_or_create(member=member, defaults={"frequency": frequency})
    return preference
