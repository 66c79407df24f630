"""The register's measure on the dashboard: applications waiting for a decision, and how long they have waited."""

import datetime

from django.db.models import Count

from community.measures.filters import Filters
from community.measures.units import Chart, Measure, Result, Scope
from community.registers.models import Application


class PendingApplications(Measure):
    slug = "pending-applications"
    title = "Pending applications for new accounts"
    description = "Applications submitted by the end date and still waiting for a coordinator's decision, oldest first."

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        pending = Application.objects.filter(status=Application.Status.SUBMITTED, submitted_at__lt=filters.end_before)
        if filters.department:
            pending = pending.filter(department=filters.department)
        # Bounded: a coordinator's queue, not a list that grows with the organisation.
        oldest = list(
            pending.order_by("submitted_at", "pk").values("pk", "name", "platform", "department", "submitted_at")[:50]
        )
        by_department = dict(
            pending.values_list("department")
            .annotate(count=Count("pk"))
            .order_by("department")
            .values_list("department", "count")
        )
        total = sum(by_department.values())
        if not total:
            return Result(figures=[("Waiting", "0")], note="No application is waiting for a decision.")
        platforms = dict(Application._meta.get_field("platform").choices)
        ages = [(filters.end - row["submitted_at"].date()).days for row in oldest]
        return Result(
            figures=[("Waiting", str(total)), ("Oldest, in days", str(max(ages)))],
            columns=["Application", "Platform", "Department", "Submitted", "Waiting (days)"],
            rows=[
                [
                    row["name"],
                    platforms.get(row["platform"], row["platform"]),
                    row["department"],
                    f"{row['submitted_at']:%-d %B %Y}",
                    age,
                ]
                for row, age in zip(oldest, ages, strict=True)
            ],
            row_links=[None for _ in oldest],
            chart=Chart(kind="bar", labels=list(by_department), series=[("Waiting", list(by_department.values()))]),
        )
