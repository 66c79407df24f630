"""Writes for licences: issue on a pass, renewal without a gap, a champion's status changes (approve, suspend,
revoke, reinstate), the audit trail of every change, and reminder emails 30 and 7 days before a licence
expires (safe to run daily: each is recorded once)."""

import datetime
from dataclasses import dataclass
from enum import StrEnum

from dateutil.relativedelta import relativedelta
from django.db import IntegrityError, transaction
from wagtail.models import Page, Workflow, WorkflowPage

from community.refusals import Refused
from courses.licences.models import Licence, LicenceReminder, LicenceStatusChange, LicenceType
from courses.licences.news import licence_status_changed, news_for
from courses.licences.tasks import send_licence_news, send_licence_reminder

Event = LicenceStatusChange.Event
# Made by migration licences 0004: a four eyes step for champions.
LICENCE_REVIEW_WORKFLOW = "Licence review"
REMINDER_DAYS = (30, 7)


def put_licence_course_under_review(*, licence_type: LicenceType) -> None:
    """The course that holds the licence's quiz (its lessons and the quiz with its pass mark and wait)
    goes through "Licence review": another champion approves every change."""
    if licence_type.quiz_id is None:
        return
    workflow = Workflow.objects.filter(name=LICENCE_REVIEW_WORKFLOW, active=True).first()
    course = Page.objects.filter(pk=licence_type.quiz_id).first()
    course = course.get_parent() if course is not None else None
    if workflow is not None and course is not None:
        WorkflowPage.objects.update_or_create(page=course, defaults={"workflow": workflow})


def expiry_for(*, licence_type: LicenceType, issued_on: datetime.date) -> datetime.date:
    return issued_on + relativedelta(months=licence_type.validity_months)


def record_change(*, licence: Licence, event: str, from_status: str, by=None, reason: str = "") -> LicenceStatusChange:
    return LicenceStatusChange.objects.create(
        licence=licence, event=event, from_status=from_status, to_status=licence.status, changed_by=by, reason=reason
    )


@transaction.atomic
def ensure_active_licence(*, holder, licence_type: LicenceType, issued_on: datetime.date) -> tuple[Licence, bool]:
    """Give the holder an active licence of this type unless they already hold a current one."""
    current = Licence.objects.current().filter(holder=holder, licence_type=licence_type).first()
    if current is not None:
        return current, False
    licence = Licence.objects.create(
        holder=holder,
        licence_type=licence_type,
        status=Licence.Status.ACTIVE,
        issued_on=issued_on,
        expires_on=expiry_for(licence_type=licence_type, issued_on=issued_on),
    )
    record_change(licence=licence, event=Event.ISSUED, from_status="")
    return licence, True


class GrantOutcome(StrEnum):
    ISSUED = "issued"
    RENEWED = "renewed"
    AWAITING_APPROVAL = "awaiting_approval"
    ALREADY_HELD = "already_held"
    BLOCKED = "blocked"


@dataclass(frozen=True)
class Grant:
    outcome: GrantOutcome
    licence: Licence

    @property
    def message(self) -> str:
        """What the member is told after the pass."""
        licence = self.licence
        name = licence.licence_type
        if self.outcome == GrantOutcome.ISSUED:
            return f"You now hold the {name}, valid until {licence.expires_on:%-d %B %Y}."
        if self.outcome == GrantOutcome.RENEWED:
            return f"Your {name} is renewed until {licence.expires_on:%-d %B %Y}."
        if self.outcome == GrantOutcome.AWAITING_APPROVAL:
            return f"Your {name} is waiting for a champion's approval."
        if self.outcome == GrantOutcome.ALREADY_HELD:
            return f"You already hold the {name}."
        return f"Your {name} is {licence.get_status_display().lower()}. Speak to a customer service champion."


@transaction.atomic
def grant_for_pass(
    *, holder, licence_type: LicenceType, today: datetime.date, business_reason: str = "", line_manager: str = ""
) -> Grant:
    """Issue or renew the licence a quiz pass earns. Runs inside the caller's transaction.

    - No current licence (or one that ran out): a new licence, active or pending approval.
    - An active licence inside its renewal window: extended from its expiry date, so there is no gap.
    - A pending or suspended licence, or an active one outside the window: unchanged.
    """
    current = Licence.objects.select_for_update().current().filter(holder=holder, licence_type=licence_type).first()
    if current is not None and current.status == Licence.Status.ACTIVE and current.expires_on <= today:
        current.status = Licence.Status.EXPIRED
        current.save(update_fields=["status"])
        record_change(licence=current, event=Event.EXPIRED, from_status=Licence.Status.ACTIVE)
        current = None
    if current is None:
        return _issue(
            holder=holder,
            licence_type=licence_type,
            today=today,
            business_reason=business_reason,
            line_manager=line_manager,
        )
    if current.in_renewal_window(today):
        current.expires_on = expiry_for(licence_type=licence_type, issued_on=current.expires_on)
        current.save(update_fields=["expires_on"])
        record_change(
            licence=current,
            event=Event.RENEWED,
            from_status=current.status,
            reason=f"Quiz passed on {today:%-d %B %Y}; now expires on {current.expires_on:%-d %B %Y}.",
        )
        return Grant(GrantOutcome.RENEWED, current)
    if current.status == Licence.Status.ACTIVE:
        return Grant(GrantOutcome.ALREADY_HELD, current)
    if current.status == Licence.Status.PENDING:
        return Grant(GrantOutcome.AWAITING_APPROVAL, current)
    return Grant(GrantOutcome.BLOCKED, current)


def _issue(
    *, holder, licence_type: LicenceType, today: datetime.date, business_reason: str, line_manager: str
) -> Grant:
    needs_approval = licence_type.requires_approval
    licence = Licence.objects.create(
        holder=holder,
        licence_type=licence_type,
        status=Licence.Status.PENDING if needs_approval else Licence.Status.ACTIVE,
        issued_on=today,
        expires_on=expiry_for(licence_type=licence_type, issued_on=today),
        business_reason=business_reason,
        line_manager=line_manager,
    )
    record_change(
        licence=licence,
        event=Event.REQUESTED if needs_approval else Event.ISSUED,
        from_status="",
        reason="Quiz passed.",
    )
    return Grant(GrantOutcome.AWAITING_APPROVAL if needs_approval else GrantOutcome.ISSUED, licence)


# A champion's changes to a licence. Each leaves an audit entry and tells the holder.

Status = Licence.Status


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


def reminder_due(*, expires_on: datetime.date, today: datetime.date) -> int | None:
    """The closest reminder whose day has come: 7 once a week is left, 30 before that, else none."""
    days_left = (expires_on - today).days
    due = [days for days in REMINDER_DAYS if 0 < days_left <= days]
    return min(due) if due else None


def send_due_reminders(*, today: datetime.date) -> int:
    """Enqueue each reminder that is due and not yet sent; returns how many went out."""
    horizon = today + datetime.timedelta(days=max(REMINDER_DAYS))
    candidates = Licence.objects.valid_on(today).filter(expires_on__lte=horizon).only("pk", "expires_on")
    already_sent = set(
        LicenceReminder.objects.filter(licence__in=candidates, expires_on__gt=today).values_list(
            "licence_id", "days_before", "expires_on"
        )
    )
    sent = 0
    for licence in candidates.iterator():
        days_before = reminder_due(expires_on=licence.expires_on, today=today)
        if days_before is None or (licence.pk, days_before, licence.expires_on) in already_sent:
            continue
        try:
            with transaction.atomic():
                LicenceReminder.objects.create(licence=licence, days_before=days_before, expires_on=licence.expires_on)
                send_licence_reminder.enqueue(licence_id=licence.pk, days_before=days_before)
        except IntegrityError:
            continue  # Already sent, perhaps by another run at the same time.
        sent += 1
    return sent


def anonymise_leaver(*, member, remove_words: bool) -> None:
    """A leaver's edit locks on licence types are released (the privacy app asks, through personal_data.py)."""
    LicenceType.objects.filter(locked_by=member).update(locked=False, locked_by=None, locked_at=None)
