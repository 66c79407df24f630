"""The period a sponsor's monthly report covers."""

import datetime

from dateutil.relativedelta import relativedelta

from community.measures.filters import Filters


def month_just_ended(*, today: datetime.date) -> datetime.date:
    return today.replace(day=1) - relativedelta(months=1)


def report_filters(*, month: datetime.date) -> Filters:
    """The twelve months up to the end of `month`, every department."""
    end = month + relativedelta(months=1) - datetime.timedelta(days=1)
    return Filters(department="", start=month - relativedelta(months=11), end=end)


def report_heading(*, month: datetime.date) -> str:
    return f"Measures for your official accounts to the end of {month:%B %Y}"
