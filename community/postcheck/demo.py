"""Demo: the organisation's words to avoid and a few weeks of check counts, from site/demo/postcheck/."""

import datetime

from django.db import transaction
from django.utils import timezone

from community.demo_data import DemoModel, read
from community.postcheck.models import WeeklyCheckCount, WordChoice
from community.postcheck.services import week_of


class DemoWord(DemoModel):
    avoid: str
    prefer: str = ""
    reason: str = ""


class DemoWeek(DemoModel):
    weeks_ago: int
    counts: dict[str, int]


class DemoKind(DemoModel):
    kind: str
    label: str


class DemoCounts(DemoModel):
    kinds: list[DemoKind]
    weeks: list[DemoWeek]


def load_postcheck(*, log) -> None:
    """Words to avoid and weekly check counts."""
    words = read("postcheck/words.yaml", list[DemoWord])
    added = 0
    for word in words:
        if not WordChoice.objects.filter(avoid__iexact=word.avoid).exists():
            WordChoice.objects.create(avoid=word.avoid, prefer=word.prefer, reason=word.reason)
            added += 1
    log(f"words to avoid: {added} added")
    counts = read("postcheck/counts.yaml", DemoCounts)
    labels = {kind.kind: kind.label for kind in counts.kinds}
    this_week = week_of(timezone.localdate())
    with transaction.atomic():
        for week in counts.weeks:
            monday = this_week - datetime.timedelta(weeks=week.weeks_ago)
            for kind, count in week.counts.items():
                WeeklyCheckCount.objects.update_or_create(
                    week=monday, kind=kind, defaults={"label": labels[kind], "count": count}
                )
    log(f"check counts: {len(counts.weeks)} weeks")
