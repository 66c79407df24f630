from django.db.models import Q

from community.forum.selectors import readable_category_ids
from community.models import Member
from community.notifications.models import DEFAULT_FREQUENCY, EmailPreference, Notification

PER_PAGE = 30


def _visible(*, member):
    """Only notifications about topics the member may read today, and news about no topic."""
    readable = Q(topic__category_id__in=readable_category_ids(user=member), topic__is_hidden=False)
    return Notification.objects.filter(Q(topic__isnull=True) | readable, recipient=member)


def unread_count(*, member) -> int:
    """The stored count (Member.unread_notification_count): one indexed read by primary key. The header
    reads the field of the signed-in member instead, with no query at all."""
    return Member.objects.filter(pk=member.pk).values_list("unread_notification_count", flat=True).first() or 0


def visible_unread_count(*, member) -> int:
    """Unread notifications the member may read today, counted: only the notifications page asks."""
    return _visible(member=member).filter(read_at__isnull=True).count()


def notifications_for(*, member, before_id: int | None = None) -> tuple[list[Notification], int | None]:
    queryset = _visible(member=member).select_related("topic", "actor")
    if before_id:
        queryset = queryset.filter(pk__lt=before_id)
    rows = list(queryset.order_by("-id")[: PER_PAGE + 1])
    if len(rows) > PER_PAGE:
        return rows[:PER_PAGE], rows[PER_PAGE - 1].pk
    return rows, None


def notification_of(*, member, notification_id: int) -> Notification | None:
    """One of the member's own notifications, with its topic and post; None for anyone else's."""
    return (
        Notification.objects.filter(recipient=member, pk=notification_id)
        .select_related("topic__category", "post")
        .first()
    )


def frequency_for(*, member) -> str:
    preference = EmailPreference.objects.filter(member=member).first()
    return preference.frequency if preference else DEFAULT_FREQUENCY


def frequencies(*, member_ids) -> dict[int, str]:
    """member id -> chosen email frequency, for those who chose one (the rest have DEFAULT_FREQUENCY)."""
    return dict(EmailPreference.objects.filter(member_id__in=member_ids).values_list("member_id", "frequency"))
