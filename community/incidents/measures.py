"""The incident log's measure on the dashboard: incidents reported each month, by the risk they touched."""

import datetime

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone

from community.incidents.models import Incident, Risk
from community.measures.filters import Filters
from community.measures.units import Chart, Measure, Result, Scope


class IncidentsByRisk(Measure):
    slug = "incidents"
    title = "Incidents by risk and month"
    description = "Incidents that happened in the period, by month and by the risk they touched."
    for_sponsors = True

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        incidents = Incident.objects.filter(happened_at__gte=filters.start_at, happened_at__lt=filters.end_before)
        if filters.department:
            incidents = incidents.filter(account__department=filters.department)
        if scope.is_sponsor:
            incidents = incidents.filter(account__sponsor_id=scope.sponsor_id)
        counts = list(
            incidents.annotate(month=TruncMonth("happened_at", tzinfo=timezone.get_current_timezone()))
            .values("month", "risk")
            .annotate(count=Count("pk"))
            .order_by("month", "risk")
        )
        if not counts:
            return Result(figures=[("Incidents", "0")], note="No incident happened in the period.")
        months = [f"{day:%b %Y}" for day in filters.month_ends()]
        risks = [risk for risk in Risk if any(row["risk"] == risk for row in counts)]
        grid = {(f"{row['month']:%b %Y}", row["risk"]): row["count"] for row in counts}
        return Result(
            figures=[("Incidents", str(sum(row["count"] for row in counts)))]
            + [(risk.label, str(sum(row["count"] for row in counts if row["risk"] == risk))) for risk in risks],
            columns=["Month", *[risk.label for risk in risks]],
            rows=[[month, *[grid.get((month, risk), 0) for risk in risks]] for month in months],
            chart=Chart(
                kind="bar",
                labels=months,
                series=[(risk.label, [grid.get((month, risk), 0) for month in months]) for risk in risks],
            ),
        )
