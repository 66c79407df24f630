"""Finding managers whose corporate user licence lapsed, expired, or was suspended or revoked.

Run daily (`manage.py find_manager_lapses`) and at once when a champion suspends, revokes or reinstates a
licence (the licence app's `licence_status_changed` signal). Idempotent: a lapse is recorded once, while it
lasts, and coordinators are told once, in the site and by email. A lapse ends when the manager holds a valid
licence again or stops managing the account.
"""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import OuterRef
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone

from community.models import OfficialAccount
from community.notifications.models import Notification
from community.notifications.services import tell_member
from community.registers.models import ManagerLapse
from community.registers.selectors import Managed, coordinators, valid_licence
from community.registers.tasks import send_lapse_news
from courses.licences.news import licence_status_changed

# Accounts whose managers must stay licensed: proposals have not started, retired accounts are over.
WATCHED_STATUSES = (OfficialAccount.Status.APPROVED, OfficialAccount.Status.ACTIVE, OfficialAccount.Status.SUSPENDED)


def find_lapses(*, today: datetime.date, member_ids: list[int] | None = None) -> int:
    """Record new lapses (telling the coordinators) and close those that ended; returns how many are new."""
    pairs = Managed.objects.filter(officialaccount__status__in=WATCHED_STATUSES)
    open_lapses = ManagerLapse.objects.filter(resolved_on__isnull=True)
    if member_ids is not None:
        pairs = pairs.filter(member_id__in=member_ids)
        open_lapses = open_lapses.filter(member_id__in=member_ids)
    unlicensed = set(
        pairs.annotate(licensed=valid_licence(OuterRef("member_id"), day=today))
        .filter(licensed=False)
        .values_list("officialaccount_id", "member_id")
    )
    open_pairs = {
        (account_id, member_id): pk
        for pk, account_id, member_id in open_lapses.values_list("pk", "account_id", "member_id")
    }
    ended = [pk for pair, pk in open_pairs.items() if pair not in unlicensed]
    if ended:
        ManagerLapse.objects.filter(pk__in=ended).update(resolved_on=today)
    new = 0
    for account_id, member_id in sorted(unlicensed - set(open_pairs)):
        try:
            with transaction.atomic():
                lapse = ManagerLapse.objects.create(account_id=account_id, member_id=member_id, detected_on=today)
                _tell_coordinators(lapse=lapse)
        except IntegrityError:
            continue  # Another run recorded it at the same moment.
        new += 1
    return new


def _tell_coordinators(*, lapse: ManagerLapse) -> None:
    lapse = ManagerLapse.objects.select_related("account", "member").get(pk=lapse.pk)
    account, member = lapse.account, lapse.member
    reason = "no longer holds a valid corporate user licence" if member.is_active else "has left the organisation"
    message = (
        f"{member.get_full_name() or member.email}, a manager of {account.title} ({account.get_platform_display()}), "
        f"{reason}."
    )
    link = reverse("registers:account", args=[account.pk])
    for coordinator in coordinators():
        tell_member(member=coordinator, kind=Notification.Kind.ACCOUNT_LAPSE, message=message, link=link)
    send_lapse_news.enqueue(lapse_id=lapse.pk)


@receiver(licence_status_changed, dispatch_uid="registers.licence_lapses")
def licence_changed(sender, *, licence, change, **kwargs) -> None:
    """A suspended or revoked licence lapses at once; a reinstated one may end a lapse."""
    find_lapses(today=timezone.localdate(), member_ids=[licence.holder_id])
