"""Writes for notifications: news of posts for their readers (run by the tasks in tasks.py, which the forum's
signals enqueue in forum_news.py), news for one member, read marks, claims of what is emailed, and email
preferences.

Every write here keeps `Member.unread_notification_count` right in the same transaction: `created()` after a
new notification, `_read()` after marking some read.
"""

from django.db import IntegrityError, transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils import timezone

from community.forum.models import Post
from community.models import Member
from community.notifications.models import EmailPreference, Notification
from community.notifications.recipients import may_read, members_by_id, recipients_for


def created(*, member_id: int) -> None:
    """One more unread notification for the member: call in the transaction that created it."""
    Member.objects.filter(pk=member_id).update(unread_notification_count=F("unread_notification_count") + 1)


def _create(*, recipient, post, **fields) -> Notification | None:
    try:
        with transaction.atomic():
            notification = Notification.objects.create(recipient=recipient, post=post, **fields)
            created(member_id=recipient.pk)
            return notification
    except IntegrityError:
        return None  # Already told about this post: a retried task changes nothing.


def _post_of(post_id: int) -> Post | None:
    return Post.objects.select_related("topic__category", "author").filter(pk=post_id).first()


def post_news(*, post_id: int, mentions_only: bool = False) -> list[Notification]:
    """Tells the watchers and the mentioned of a visible post who may read its topic (after an edit, only the
    newly mentioned: anyone already told is not told again); returns the notifications made now."""
    post = _post_of(post_id)
    if post is None or not post.is_visible:
        return []
    kinds = recipients_for(post=post, mentions_only=mentions_only)
    members = members_by_id(kinds)
    made = []
    for member_id, kind in kinds.items():
        member = members.get(member_id)
        if member is None or not may_read(member, post.topic):
            continue
        notification = _create(recipient=member, kind=kind, topic_id=post.topic_id, post=post, actor=post.author)
        if notification is not None:
            made.append(notification)
    return made


def accepted_news(*, post_id: int, actor_id: int) -> Notification | None:
    """Tells the author that their reply was accepted as the answer, if they may still read the topic."""
    post = _post_of(post_id)
    if post is None or not may_read(post.author, post.topic):
        return None
    return _create(
        recipient=post.author,
        kind=Notification.Kind.ACCEPTED,
        topic_id=post.topic_id,
        post=post,
        actor=members_by_id([actor_id]).get(actor_id),
    )


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


def moderation_news(*, post_id: int, approved: bool, reason: str = "") -> Notification | None:
    """Tells the author of a held post that it was approved or rejected; None when they left or were told."""
    post = _post_of(post_id)
    if post is None or not post.author.is_active:
        return None
    return _create(recipient=post.author, post=post, **_moderation_news(post, approved=approved, reason=reason))


def claim_for_email(queryset) -> list[int]:
    """Mark notifications as emailed; only the ones this call claimed are returned."""
    now = timezone.now()
    ids = list(queryset.values_list("pk", flat=True))
    claimed = []
    for pk in ids:
        if Notification.objects.filter(pk=pk, emailed_at__isnull=True).update(emailed_at=now):
            claimed.append(pk)
    return claimed


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


def anonymise_leaver(*, member, remove_words: bool) -> None:
    """A leaver's notifications and email preference go (the privacy app asks, through personal_data.py)."""
    Notification.objects.filter(recipient=member).delete()
    EmailPreference.objects.filter(member=member).delete()


def expire_notifications(*, before) -> int:
    """Notifications made before `before` (the retention job)."""
    deleted, _ = Notification.objects.filter(created_at__lt=before).delete()
    return deleted
