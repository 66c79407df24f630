"""The dashboard's filters: a department and a date range, read from the URL (a GET form)."""

import datetime
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django import forms
from django.utils import timezone

from community.forms import PostwiseForm
from community.models import Member

DEFAULT_MONTHS = 12
LONGEST_RANGE_DAYS = 366 * 3


@dataclass(frozen=True)
class Filters:
    """`start` and `end` are inclusive days. Point-in-time figures are as on `end`."""

    department: str
    start: datetime.date
    end: datetime.date

    @classmethod
    def default(cls, *, today: datetime.date, department: str = "") -> "Filters":
        return cls(
            department=department, start=today - relativedelta(months=DEFAULT_MONTHS) + relativedelta(days=1), end=today
        )

    @property
    def key(self) -> str:
        return f"{self.department}|{self.start:%Y-%m-%d}|{self.end:%Y-%m-%d}"

    @property
    def start_at(self) -> datetime.datetime:
        """The first moment of `start`, in the site's time zone."""
        return timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min))

    @property
    def end_before(self) -> datetime.datetime:
        """The first moment after `end`."""
        return timezone.make_aware(datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min))

    def month_ends(self) -> list[datetime.date]:
        """The last day of each month in the range (the range's end for the current month), oldest first."""
        days = []
        month = self.start.replace(day=1)
        while month <= self.end:
            days.append(min(month + relativedelta(months=1) - datetime.timedelta(days=1), self.end))
            month += relativedelta(months=1)
        return days

    def describe(self) -> str:
        where = self.department or "all departments"
        return f"{where}, {self.start:%-d %B %Y} to {self.end:%-d %B %Y}"

    def as_query(self) -> dict[str, str]:
        return {"department": self.department, "start": f"{self.start:%Y-%m-%d}", "end": f"{self.end:%Y-%m-%d}"}


def department_choices() -> list[tuple[str, str]]:
    departments = (
        Member.objects.filter(is_active=True)
        .exclude(department="")
        .order_by("department")
        .values_list("department", flat=True)
        .distinct()
    )
    return [("", "All departments"), *((name, name) for name in departments)]


class FilterForm(PostwiseForm):
    department = forms.ChoiceField(required=False, label="Department")
    start = forms.DateField(
        required=False,
        label="From",
        help_text="For example, 2026-01-31",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    end = forms.DateField(
        required=False,
        label="To",
        help_text="For example, 2026-12-31",
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, today: datetime.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["department"].choices = department_choices()

    def clean(self):
        cleaned = super().clean()
        default = Filters.default(today=self.today)
        start = cleaned.get("start") or default.start
        end = cleaned.get("end") or default.end
        if "start" in self.errors or "end" in self.errors:
            return cleaned
        if end > self.today:
            self.add_error("end", "The end date must be today or in the past.")
        elif start > end:
            self.add_error("start", "The start date must be on or before the end date.")
        elif (end - start).days > LONGEST_RANGE_DAYS:
            self.add_error("start", "Choose a range of three years or less.")
        cleaned["start"], cleaned["end"] = start, end
        return cleaned

    def filters(self) -> Filters:
        """The chosen filters, or the defaults when the form has errors (the errors are shown too)."""
        if self.is_valid():
            data = self.cleaned_data
            return Filters(department=data["department"], start=data["start"], end=data["end"])
        return Filters.default(today=self.today)
