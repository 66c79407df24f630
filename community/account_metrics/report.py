"""The sponsor report for one account over a period: what the page and the PDF both show."""

import datetime
from dataclasses import dataclass

from community.account_metrics import selectors
from community.account_metrics.models import MonthlyMeasure
from community.account_metrics.months import add_months, this_month
from community.incidents.models import Incident
from community.incidents.selectors import incidents_between
from community.models import OfficialAccount


@dataclass(frozen=True)
class SponsorReport:
    account: OfficialAccount
    start: datetime.date
    end: datetime.date  # the last month included
    measures: list[MonthlyMeasure]
    incidents: list[Incident]
    managers: list[selectors.ManagerLicence]

    @property
    def lessons(self) -> list[Incident]:
        return [incident for incident in self.incidents if incident.lesson]

    @property
    def period(self) -> str:
        return f"{self.start:%B %Y} to {self.end:%B %Y}"


def default_period() -> tuple[datetime.date, datetime.date]:
    """The twelve months up to and including last month."""
    end = add_months(this_month(), -1)
    return add_months(end, -11), end


def sponsor_report(*, account: OfficialAccount, start: datetime.date, end: datetime.date) -> SponsorReport:
    return SponsorReport(
        account=account,
        start=start,
        end=end,
        measures=selectors.measures_between(account=account, start=start, end=end),
        incidents=incidents_between(account=account, start=start, end=add_months(end, 1)),
        managers=selectors.managers_with_licence_status(account=account),
    )
