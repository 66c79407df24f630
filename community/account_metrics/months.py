"""Months as the first day of the month, written YYYY-MM."""

import datetime
import re

from django import forms
from django.utils import timezone

MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
EARLIEST = datetime.date(2000, 1, 1)


def this_month() -> datetime.date:
    return timezone.localdate().replace(day=1)


def add_months(month: datetime.date, count: int) -> datetime.date:
    index = month.year * 12 + month.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)


def parse_month(value: str) -> datetime.date | None:
    match = MONTH.match(value or "")
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        return None
    return datetime.date(year, month, 1)


class MonthField(forms.CharField):
    """YYYY-MM, not before 2000 and not in the future."""

    def __init__(self, *, allow_future: bool = False, **kwargs):
        self.allow_future = allow_future
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 7, "class": "govuk-input--width-10"})
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        month = parse_month(value)
        if month is None:
            raise forms.ValidationError("Enter the month as year and month, for example 2026-03.", code="invalid")
        if month < EARLIEST:
            raise forms.ValidationError("Enter a month from 2000-01 onwards.", code="too_early")
        if not self.allow_future and month > this_month():
            raise forms.ValidationError(
                f"The month cannot be in the future: the latest is {this_month():%Y-%m}.", code="future"
            )
        return month

    def prepare_value(self, value):
        if isinstance(value, datetime.date):
            return f"{value:%Y-%m}"
        return value
