"""Writes for measures: the sponsors' monthly report, who gets it, for which months, and sending each once."""

import datetime

from django.db import IntegrityError, transaction

from community.measures.models import SponsorReport
from community.measures.report_period import month_just_ended
from community.measures.selectors import sponsors_with_accounts
from community.measures.tasks import send_sponsor_report


def send_monthly_reports(*, today: datetime.date) -> int:
    """Enqueue each sponsor's report for the month just ended, unless it was sent; returns how many went."""
    month = month_just_ended(today=today)
    sent = 0
    for sponsor_id in sponsors_with_accounts().values_list("pk", flat=True):
        try:
            with transaction.atomic():
                SponsorReport.objects.create(sponsor_id=sponsor_id, month=month)
                send_sponsor_report.enqueue(sponsor_id=sponsor_id, month=month.isoformat())
        except IntegrityError:
            continue  # Already sent this month, perhaps by another run at the same time.
        sent += 1
    return sent


def anonymise_leaver(*, member, remove_words: bool) -> None:
    """A leaver's record of the sponsor reports sent to them goes (the privacy app asks, through personal_data.py)."""
    SponsorReport.objects.filter(sponsor=member).delete()
