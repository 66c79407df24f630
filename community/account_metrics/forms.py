from django import forms

from community.account_metrics.models import LIMITS
from community.account_metrics.months import MonthField
from community.forms import PostwiseForm

MEASURE_LABELS = {
    "followers": "Followers",
    "posts": "Posts",
    "engagements": "Engagements",
    "enquiries_answered": "Enquiries answered",
    "median_response_minutes": "Median response time (minutes)",
}
MEASURE_HINTS = {
    "followers": "At the end of the month.",
    "posts": "Posts published in the month.",
    "engagements": "Likes, shares, replies and clicks in the month.",
    "enquiries_answered": "Questions and complaints answered in the month.",
    "median_response_minutes": "Half of the enquiries were answered within this many minutes.",
}


def measure_field(name: str) -> forms.IntegerField:
    label = MEASURE_LABELS[name]
    limit = LIMITS[name]
    return forms.IntegerField(
        label=label,
        help_text=MEASURE_HINTS[name],
        min_value=0,
        max_value=limit,
        widget=forms.NumberInput(attrs={"class": "govuk-input--width-10"}),
        error_messages={
            "required": f"Enter {label.lower()}, or 0.",
            "invalid": f"Enter {label.lower()} as a whole number, for example 120.",
            "min_value": f"{label} cannot be negative.",
            "max_value": f"{label} must be {limit:,} or fewer: check the number.",
        },
    )


class MeasureForm(PostwiseForm):
    """One month's measures: the form managers fill in, and the check each CSV row goes through."""

    month = MonthField(
        label="Month",
        help_text="Year and month, for example 2026-03.",
        error_messages={"required": "Enter the month, for example 2026-03."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in MEASURE_LABELS:
            self.fields[name] = measure_field(name)


class ImportForm(PostwiseForm):
    file = forms.FileField(
        label="CSV file",
        help_text="UTF-8 CSV, at most 1 MB, with the columns month, followers, posts, engagements, "
        "enquiries_answered and median_response_minutes. Months already recorded are updated.",
        error_messages={"required": "Choose a CSV file to import.", "empty": "The file is empty. Choose a CSV file."},
    )


class ReportPeriodForm(PostwiseForm):
    """`?from=YYYY-MM&to=YYYY-MM` (Python cannot name a field `from`, so the fields are added by name)."""

    MAX_MONTHS = 60

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from"] = MonthField(label="From", help_text="For example 2026-01.", required=False)
        self.fields["to"] = MonthField(label="To", help_text="For example 2026-12.", required=False)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and end < start:
            self.add_error("to", "The end month must be the same as, or after, the start month.")
        elif start and end and (end.year - start.year) * 12 + end.month - start.month >= self.MAX_MONTHS:
            self.add_error("to", f"Choose a period of {self.MAX_MONTHS} months or fewer.")
        return cleaned
