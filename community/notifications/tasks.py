"""Background work for notifications (django-tasks): fan-out, immediate emails and digests."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from community.forum.models import Post
from community.models import Member
from community.notifications import emails
from community.notifications.models import DEFAULT_FREQUENCY, EmailPreference, Notification
from community.notifications.recipients import may_read, members_by_id, recipients_for


def created(*, member_id: int) -> None:
    """One more unread notification for the member: call in the transaction that created it."""
    Member.objects.filter(pk=member_id).update(unread_notification_count=F("unread_notification_count") + 1)


def _create(*, recipient, kind: str, post, actor) -> Notification | None:
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                recipient=recipient, kind=kind, topic_id=post.topic_id, post=post, actor=actor
            )
            created(member_id=recipient.pk)
            return notification
    except IntegrityError:
        return None  # Already told about this post: a retried task changes nothing.


def _frequencies(member_ids) -> dict[int, str]:
    return dict(EmailPreference.objects.filter(member_id__in=member_ids).values_list("member_id", "frequency"))


@task()
def fan_out_post(*, post_id: int, mentions_only: bool = False) -> int:
    post = Post.objects.select_related("topic__category", "author").filter(pk=post_id).first()
    if post is None or not post.is_visible:
        return 0
    kinds = recipients_for(post=post, mentions_only=mentions_only)
    members = members_by_id(kinds)
    frequencies = _frequencies(members)
    created = 0
    for member_id, kind in kinds.items():
        member = members.get(member_id)
        if member is None or not may_read(member, post.topic):
            continue
        notification = _create(recipient=member, kind=kind, post=post, actor=post.author)
        if notification is None:
            continue
        created += 1
        if frequencies.get(member_id, DEFAULT_FREQUENCY) == EmailPreference.Frequency.IMMEDIATE:
            send_immediate.enqueue(notification_id=notification.pk)
    return created


@task()
def notify_accepted(*, post_id: int, actor_id: int) -> int:
    post = Post.objects.select_related("topic__category", "author").filter(pk=post_id).first()
    if post is None or not may_read(post.author, post.topic):
        return 0
    notification = _create(
        recipient=post.author, kind=Notification.Kind.ACCEPTED, post=post, actor=members_by_id([actor_id]).get(actor_id)
    )
    if notification and _frequencies([post.author_id]).get(post.author_id, DEFAULT_FREQUENCY) == "immediate":
        send_immediate.enqueue(notification_id=notification.pk)
    return int(notification is not None)


def _claim(queryset) -> list[int]:
    """Mark notifications as emailed; only the ones this call claimed are returned."""
    now = timezone.now()
    ids = list(queryset.values_list("pk", flat=True))
    claimed = []
    for pk in ids:
        if Notification.objects.filter(pk=pk, emailed_at__isnull=True).update(emailed_at=now):
            claimed.append(pk)
    return claimed


@task()
def send_immediate(*, notification_id: int) -> bool:
    claimed = _claim(Notification.objects.filter(pk=notification_id, emailed_at__isnull=True))
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
    claimed = _claim(pending.order_by("id")[:200])
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


def _moderation_news(post, *, approved: bool, reason: str) -> dict:
    what = "topic" if post.is_opening else "reply"
    if approved:
        return {
            "kind": Notification.Kind.POST_APPROVED,
            "topic": post.topic,
            "message": f"A moderator approved your {what} in “{post.topic.title}”: everyone who can read the "
            "topic can now see it.",
        }
    why = f" The reason given: {reason}" if reason else " No reason was given."
    return {
        "kind": Notification.Kind.POST_REJECTED,
        "topic": None,
        "message": f"A moderator did not approve your {what} in “{post.topic.title}”, so nobody else will "
        f"see it.{why} You are welcome to post again with the changes, or to ask a customer service champion.",
        "link": post.topic.get_absolute_url() if not post.is_opening else reverse("forum:index"),
    }


@task()
def notify_moderated(*, post_id: int, approved: bool, reason: str = "") -> bool:
    """Tell the author of a held post that it was approved or rejected: in the site, and by email at once
    unless they turned emails off (they are waiting for this answer, so it does not wait for a digest)."""
    post = Post.objects.select_related("topic__category", "author").filter(pk=post_id).first()
    if post is None or not post.author.is_active:
        return False
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                recipient=post.author, post=post, **_moderation_news(post, approved=approved, reason=reason)
            )
            created(member_id=post.author_id)
    except IntegrityError:
        return False  # Already told: a retried task changes nothing.
    if _frequencies([post.author_id]).get(post.author_id, DEFAULT_FREQUENCY) != EmailPreference.Frequency.NEVER:
        send_immediate.enqueue(notification_id=notification.pk)
    return True
