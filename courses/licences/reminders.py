"""Reminder emails 30 and 7 days before a licence expires. Safe to run daily: each is recorded once."""

import datetime

from django.db import IntegrityError, transaction

from courses.licences.models import Licence, LicenceReminder
from courses.licences.tasks import send_licence_reminder

REMINDER_DAYS = (30, 7)


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
