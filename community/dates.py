"""Dates shown as dates, with relative wording only where it is true.

Wagtail's ``DateColumn`` and Django's ``naturaltime`` describe past datetimes ("22 hours ago"); a
date in the future, such as a licence's expiry, must not be put through them. Every listing and
page that shows a calendar date uses :func:`calendar_date`, and expiry dates add
:func:`expiry_wording` ("expires in 11 months", "expired 3 days ago").
"""

import datetime
import functools

from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.dates import MONTHS
from django.utils.timesince import TIME_STRINGS, timesince, timeuntil
from django.utils.translation import get_language
from wagtail.admin.ui.tables import Column

DATE_FORMAT = "j M Y"


def _as_day(value: datetime.date | datetime.datetime) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def calendar_date(value: datetime.date | datetime.datetime | None) -> str:
    """ "30 Nov 2027" (the local calendar day for a datetime); empty for no value."""
    if value is None:
        return ""
    return format_date(_as_day(value), DATE_FORMAT)


def expiry_wording(expires_on: datetime.date | None, *, today: datetime.date | None = None) -> str:
    """ "expires in 11 months", "expires tomorrow", "expired today" or "expired 3 days ago".

    A licence is valid while ``expires_on`` is after today, so on its expiry day it has expired.
    """
    if expires_on is None:
        return ""
    today = today or timezone.localdate()
    expires_on = _as_day(expires_on)
    days = (expires_on - today).days
    wording = _expiry_wording(days, expires_on, today)
    return wording.replace("\xa0", " ")


def _expiry_wording(days: int, expires_on: datetime.date, today: datetime.date) -> str:
    if days == 1:
        return "expires tomorrow"
    if days > 1:
        return f"expires in {timeuntil(expires_on, now=today, depth=1)}"
    if days == 0:
        return "expired today"
    if days == -1:
        return "expired yesterday"
    return f"expired {timesince(expires_on, now=today, depth=1)} ago"


class CalendarDateColumn(Column):
    """An admin listing column that shows a date as a date; ``expiry=True`` adds the true wording."""

    def __init__(self, name: str, *, expiry: bool = False, **kwargs):
        self.expiry = expiry
        super().__init__(name, **kwargs)

    def get_value(self, instance) -> str:
        value = super().get_value(instance)
        if value is None or value == "":
            return ""
        shown = calendar_date(value)
        if self.expiry:
            shown = f"{shown} ({expiry_wording(value)})"
        return shown


def machine_datetime(value: datetime.datetime | None) -> str:
    """A moment for `<time datetime>`: ISO 8601 to the second, in local time with its offset.

    Django's `|date:"c"` keeps microseconds, which the HTML standard (and the Nu HTML Checker) rejects.
    """
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()


def exact_datetime(value: datetime.datetime | None) -> str:
    """ "1 December 2026 at 14:05", in local time: what a relative time stands for.

    Django's ``|date:"j F Y \\a\\t H:i"`` gives the same (the month's name in the active language), at a fifth of
    the cost: a topic page shows one per post (issue 14)."""
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{value.day} {MONTHS[value.month]} {value.year:04d} at {value.hour:02d}:{value.minute:02d}"


@functools.lru_cache(maxsize=1024)
def _count_of(unit: str, count: int, language: str | None) -> str:
    """ "5 hours" in `language` (the active one, passed so that it is part of the key): Django's own wording,
    looked up once per unit, number and language instead of once per moment shown."""
    return TIME_STRINGS[unit] % {"num": count}


class _CountWording:
    """Stands in for one of Django's `TIME_STRINGS` in `timesince`, which only applies `%` to it."""

    def __init__(self, unit: str):
        self.unit = unit

    def __mod__(self, values: dict) -> str:
        return _count_of(self.unit, values["num"], get_language())


# A topic page shows a relative time per post; Django's plural lookup was half the cost of each (issue 14).
_COUNT_WORDINGS = {unit: _CountWording(unit) for unit in TIME_STRINGS}


def time_ago(value: datetime.datetime | None, *, now: datetime.datetime | None = None) -> str:
    """ "3 hours ago", "2 days ago" (the largest unit only), or "just now" within a minute (or a moment
    slightly ahead of this server's clock). For past moments only, as the module's docstring says."""
    if value is None:
        return ""
    now = now or timezone.now()
    if (now - value).total_seconds() < 60:
        return "just now"
    return f"{timesince(value, now=now, depth=1, time_strings=_COUNT_WORDINGS)} ago".replace("\xa0", " ")
