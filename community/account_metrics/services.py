"""Writes for monthly measures. Each locks the account's row, so two imports for one account queue.

A month already recorded is updated, by the form and by the import alike; the import says how many
months it added and how many it updated.
"""

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from community.account_metrics.csv_import import ParsedFile
from community.account_metrics.forms import MEASURE_LABELS
from community.account_metrics.models import MonthlyMeasure
from community.models import OfficialAccount
from community.permissions import permissions
from community.refusals import Refused


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int


def _lock(member, account: OfficialAccount) -> OfficialAccount:
    locked = OfficialAccount.objects.select_for_update().get(pk=account.pk)
    permissions.check(member, "account_metrics.record", locked)
    return locked


def _save_months(*, member, account: OfficialAccount, rows: list[dict]) -> ImportResult:
    existing = {
        measure.month: measure
        for measure in MonthlyMeasure.objects.filter(account=account, month__in=[row["month"] for row in rows])
    }
    new, changed = [], []
    now = timezone.now()
    for row in rows:
        values = {name: row[name] for name in MEASURE_LABELS}
        measure = existing.get(row["month"])
        if measure is None:
            new.append(MonthlyMeasure(account=account, month=row["month"], recorded_by=member, **values))
        else:
            for name, value in values.items():
                setattr(measure, name, value)
            measure.recorded_by, measure.updated_at = member, now  # bulk_update skips auto_now
            changed.append(measure)
    try:
        with transaction.atomic():
            MonthlyMeasure.objects.bulk_create(new)
            # One statement for every updated month, however long the file.
            MonthlyMeasure.objects.bulk_update(changed, [*MEASURE_LABELS, "recorded_by", "updated_at"])
    except IntegrityError as error:
        raise Refused(
            "Someone else saved measures for one of these months at the same moment. Nothing was saved: try again."
        ) from error
    return ImportResult(added=len(new), updated=len(changed))


@transaction.atomic
def record_month(*, member, account: OfficialAccount, month: datetime.date, **values) -> ImportResult:
    """One month from the form; a month already recorded is updated."""
    account = _lock(member, account)
    return _save_months(member=member, account=account, rows=[{"month": month, **values}])


@transaction.atomic
def import_measures(*, member, account: OfficialAccount, parsed: ParsedFile) -> ImportResult:
    """Saves every row, or none: a file with any bad row is refused whole."""
    account = _lock(member, account)
    if parsed.errors:
        raise Refused(f"{len(parsed.errors)} problems in the file. Nothing was saved.")
    return _save_months(member=member, account=account, rows=parsed.rows)
