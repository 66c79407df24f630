"""Reads for measures and the sponsor report: a fixed number of queries however many months or managers."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from community.account_metrics.models import MonthlyMeasure
from community.models import OfficialAccount
from courses.licences.models import Licence


def measures_between(*, account: OfficialAccount, start: datetime.date, end: datetime.date) -> list[MonthlyMeasure]:
    """Months from `start` to `end` inclusive, oldest first."""
    return list(MonthlyMeasure.objects.filter(account=account, month__gte=start, month__lte=end).order_by("month"))


def recent_measures(*, account: OfficialAccount, limit: int = 24) -> list[MonthlyMeasure]:
    """The latest `limit` months recorded, oldest first."""
    latest = MonthlyMeasure.objects.filter(account=account).order_by("-month")[:limit]
    return list(reversed(latest))


@dataclass(frozen=True)
class ManagerLicence:
    name: str
    email: str
    status: str
    is_valid: bool


def managers_with_licence_status(*, account: OfficialAccount, day: datetime.date | None = None) -> list[ManagerLicence]:
    """Each manager and their corporate licence today (two queries)."""
    day = day or timezone.localdate()
    managers = list(account.managers.order_by("last_name", "first_name", "pk"))
    licences: dict[int, Licence] = {}
    for licence in (
        Licence.objects.filter(holder__in=managers, licence_type__grants_corporate_level=True)
        .select_related("licence_type")
        .order_by("holder_id", "-issued_on", "-pk")
    ):
        current = licences.get(licence.holder_id)
        if current is None or (licence.is_valid_on(day) and not current.is_valid_on(day)):
            licences[licence.holder_id] = licence
    rows = []
    for manager in managers:
        licence = licences.get(manager.pk)
        if licence is None:
            status, valid = "No licence", False
        elif licence.is_valid_on(day):
            status, valid = f"Valid until {licence.expires_on:%-d %B %Y}", True
        else:
            status, valid = licence.status_on(day), False
        rows.append(ManagerLicence(name=manager.display_name, email=manager.email, status=status, is_valid=valid))
    return rows
