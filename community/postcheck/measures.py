"""The pre-flight check's two measures: drafts checked per week, and findings by kind. Counts only."""

import datetime

from django.db.models import Max, Sum

from community.measures.filters import Filters
from community.measures.units import Chart, Measure, Result, Scope
from community.postcheck.models import DRAFTS_CHECKED, WeeklyCheckCount
from community.postcheck.services import week_of

NO_DEPARTMENT = "The check keeps no department (it keeps no names), so these counts are for the whole organisation."


def _counts(filters: Filters):
    return WeeklyCheckCount.objects.filter(week__gte=week_of(filters.start), week__lte=filters.end)


def _weeks(filters: Filters) -> list[datetime.date]:
    weeks, week = [], week_of(filters.start)
    while week <= filters.end:
        weeks.append(week)
        week += datetime.timedelta(days=7)
    return weeks


class DraftsCheckedPerWeek(Measure):
    slug = "drafts-checked"
    title = "Drafts checked per week"
    description = "Drafts members checked with “Check a post before you publish”, week by week (Monday to Sunday)."

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        by_week = dict(_counts(filters).filter(kind=DRAFTS_CHECKED).values_list("week", "count"))
        if not by_week:
            return Result(figures=[("Drafts checked", "0")], note="No draft was checked in the period.")
        weeks = _weeks(filters)
        labels = [f"{week:%-d %b %Y}" for week in weeks]
        values = [by_week.get(week, 0) for week in weeks]
        return Result(
            figures=[("Drafts checked", f"{sum(values):,}")],
            columns=["Week starting", "Drafts checked"],
            rows=[[label, value] for label, value in zip(labels, values, strict=True)],
            chart=Chart(kind="line", labels=labels, series=[("Drafts checked", values)]),
            note=NO_DEPARTMENT if filters.department else "",
        )


class FindingsByKind(Measure):
    slug = "findings-by-kind"
    title = "Findings by kind"
    description = "What the check found in members' drafts in the period: how many of each kind, never the words."

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        totals = list(
            _counts(filters)
            .exclude(kind=DRAFTS_CHECKED)
            .values("kind")
            .annotate(total=Sum("count"), kind_label=Max("label"))
            .order_by("-total", "kind")
        )
        if not totals:
            return Result(figures=[("Findings", "0")], note="No finding was recorded in the period.")
        return Result(
            figures=[("Findings", f"{sum(row['total'] for row in totals):,}")],
            columns=["Kind", "Findings"],
            rows=[[row["kind_label"], row["total"]] for row in totals],
            chart=Chart(
                kind="bar",
                labels=[row["kind_label"] for row in totals],
                series=[("Findings", [row["total"] for row in totals])],
            ),
            note=NO_DEPARTMENT if filters.department else "",
        )
