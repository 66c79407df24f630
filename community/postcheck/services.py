"""The one write the check makes: counts. Never the draft, its words or who wrote it."""

import datetime
from collections import Counter

from django.db import IntegrityError, transaction
from django.db.models import F

from community.postcheck.draft import Finding
from community.postcheck.models import DRAFTS_CHECKED, WeeklyCheckCount


def week_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def record_check(*, findings: list[Finding], day: datetime.date) -> None:
    """One draft checked in `day`'s week, and its findings counted by kind. Three or four queries at most."""
    week = week_of(day)
    adding = {DRAFTS_CHECKED: 1, **Counter(finding.kind for finding in findings)}
    labels = {DRAFTS_CHECKED: "Drafts checked", **{finding.kind: finding.kind_label for finding in findings}}
    for attempt in range(2):
        try:
            with transaction.atomic():
                rows = list(WeeklyCheckCount.objects.filter(week=week, kind__in=adding))
                for row in rows:
                    row.count = F("count") + adding[row.kind]
                WeeklyCheckCount.objects.bulk_update(rows, ["count"])
                have = {row.kind for row in rows}
                WeeklyCheckCount.objects.bulk_create(
                    WeeklyCheckCount(week=week, kind=kind, label=labels[kind], count=count)
                    for kind, count in sorted(adding.items())
                    if kind not in have
                )
            return
        except IntegrityError:  # Another check made one of this week's rows first: count again, adding to it.
            if attempt:
                raise
