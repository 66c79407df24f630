"""What the monthly measures hold about a member: which months they recorded."""

from community.account_metrics.models import MonthlyMeasure
from community.personal_data import PersonalData, rows_of


def rows(*, member) -> dict[str, list[dict]]:
    return {
        "months_recorded": rows_of(
            MonthlyMeasure.objects.filter(recorded_by=member), ["account__name", "month", "updated_at"]
        ),
    }


def provider() -> PersonalData:
    return PersonalData(
        key="account_metrics",
        title="Monthly account measures",
        holds="Which months' figures you recorded for an official account.",
        why="To show who recorded each month.",
        kept="As long as the account's record; under an anonymised name after you leave.",
        models=("account_metrics.MonthlyMeasure",),
        rows=rows,
    )
