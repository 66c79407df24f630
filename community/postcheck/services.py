"""The one write the check makes: counts. Never the draft, its words or who wrote it."""

import datetime
from collections import Counter

from django.db import IntegrityError, transaction
from django.db.models import F

from community.postcheck.draft import Finding
from community.postcheck.models import DRAFTS_CHECKED, WeeklyCheckCount


def week_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def _add(*, week: datetime.date, kind: str, label: str, count: int) -> None:
    updated = WeeklyCheckCount.objects.filter(week=week, kind=kind).update(count=F("count") + count)
    if updated:
        return
    try:
        with transaction.atomic():
            WeeklyCheckCount.objects.create(week=week, kind=kind, label=label, count=count)
    except IntegrityError:  # Another request made this week's row first: add to it.
        WeeklyCheckCount.objects.filter(week=week, kind=kind).update(count=F("count") + count)


def record_check(*, findings: list[Finding], day: datetime.date) -> None:
    """One draft checked in `day`'s week, and its findings counted by kind."""
    week = week_of(day)
    kinds = Counter(finding.kind for finding in findings)
    labels = {finding.kind: finding.kind_label for finding in findings}
    with transaction.atomic():
        _add(week=week, kind=DRAFTS_CHECKED, label="Drafts checked", count=1)
        for kind, count in sorted(kinds.items()):
            _add(week=week, kind=kind, label=labels[kind], count=count)
