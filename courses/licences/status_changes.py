"""A champion's changes to a licence: approve, suspend, revoke and reinstate. Each leaves an audit entry."""

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from community.refusals import Refused
from courses.licences.models import Licence, LicenceStatusChange
from courses.licences.news import licence_status_changed, news_for
from courses.licences.services import expiry_for, record_change
from courses.licences.tasks import send_licence_news

Status = Licence.Status
Event = LicenceStatusChange.Event


@dataclass(frozen=True)
class StatusChange:
    event: str
    verb: str
    allowed_from: tuple[str, ...]
    to_status: str
    reason_required: bool


CHANGES = {
    "approve": StatusChange(Event.APPROVED, "approve", (Status.PENDING,), Status.ACTIVE, reason_required=False),
    "suspend": StatusChange(Event.SUSPENDED, "suspend", (Status.ACTIVE,), Status.SUSPENDED, reason_required=True),
    "revoke": StatusChange(
        Event.REVOKED, "revoke", (Status.PENDING, Status.ACTIVE, Status.SUSPENDED), Status.REVOKED, reason_required=True
    ),
    "reinstate": StatusChange(
        Event.REINSTATED, "reinstate", (Status.SUSPENDED, Status.REVOKED), Status.ACTIVE, reason_required=True
    ),
}


def changes_allowed(licence: Licence) -> list[str]:
    return [name for name, change in CHANGES.items() if licence.status in change.allowed_from]


def _tell_holder(*, licence: Licence, change: str, reason: str) -> None:
    """Email the holder (a task, committed with the change) and let the site's notifications hear of it."""
    news = news_for(licence=licence, change=change, reason=reason)
    if news is None:
        return
    send_licence_news.enqueue(licence_id=licence.pk, subject=news.subject, message=news.message)
    licence_status_changed.send(sender=Licence, licence=licence, change=change, news=news)


def change_status(*, licence_id: int, change: str, by, reason: str, today: datetime.date) -> Licence:
    """Apply one of CHANGES under a row lock; a stale form or a double click gets a clear error."""
    spec = CHANGES[change]
    reason = reason.strip()
    if spec.reason_required and not reason:
        raise Refused(f"Give a reason to {spec.verb} this licence.")
    try:
        with transaction.atomic():
            licence = Licence.objects.select_for_update().select_related("licence_type").get(pk=licence_id)
            if licence.status not in spec.allowed_from:
                raise Refused(f"This licence is {licence.get_status_display().lower()}, so you cannot {spec.verb} it.")
            from_status = licence.status
            licence.status = spec.to_status
            if change == "approve":
                licence.issued_on = today
                licence.expires_on = expiry_for(licence_type=licence.licence_type, issued_on=today)
            licence.save(update_fields=["status", "issued_on", "expires_on"])
            record_change(licence=licence, event=spec.event, from_status=from_status, by=by, reason=reason)
            _tell_holder(licence=licence, change=change, reason=reason)
    except IntegrityError:
        raise Refused("The holder already has another current licence of this type, so this one cannot be reinstated.")
    return licence
