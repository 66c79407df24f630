"""Demo: twelve months of measures for each demo official account, from site/demo/account_metrics/.

Runs after the official accounts (order 40), whose step makes the accounts: this one looks them up.
"""

import random

from community.account_metrics.models import MonthlyMeasure
from community.account_metrics.months import add_months, this_month
from community.demo_accounts import demo_official_account
from community.demo_data import DemoModel, read
from community.models import Member, OfficialAccount

MEASURES_FILE = "account_metrics/measures.yaml"


class DemoAccountTrend(DemoModel):
    """How one account's figures start and move, month by month, around these rates."""

    platform: OfficialAccount.Platform
    handle: str
    followers: int
    growth: float
    posts: int
    engagement_rate: float
    enquiries: int
    response_minutes: int


class DemoMeasures(DemoModel):
    seed: int
    months: int
    accounts: list[DemoAccountTrend]


def _months(spec: DemoAccountTrend, rng: random.Random, count: int) -> list[dict]:
    followers = spec.followers
    rows = []
    for _ in range(count):
        followers = int(followers * (1 + spec.growth * rng.uniform(0.2, 1.8)))
        posts = max(1, int(spec.posts * rng.uniform(0.7, 1.3)))
        rows.append(
            {
                "followers": followers,
                "posts": posts,
                "engagements": int(followers * spec.engagement_rate * rng.uniform(0.6, 1.4)),
                "enquiries_answered": int(spec.enquiries * rng.uniform(0.6, 1.4)),
                "median_response_minutes": int(spec.response_minutes * rng.uniform(0.6, 1.4)),
            }
        )
    return rows


def load_measures(*, log) -> None:
    """Official accounts' monthly measures."""
    spec = read(MEASURES_FILE, DemoMeasures)
    rng = random.Random(spec.seed)
    manager = Member.objects.filter(email="manager@example.org").first()
    first = add_months(this_month(), -spec.months)
    added = 0
    for entry in spec.accounts:
        account = demo_official_account(platform=entry.platform, handle=entry.handle, source=MEASURES_FILE)
        rows = _months(entry, rng, spec.months)  # drawn for every account, so the figures never shift
        have = set(MonthlyMeasure.objects.filter(account=account).values_list("month", flat=True))
        new = [
            MonthlyMeasure(account=account, month=add_months(first, number), recorded_by=manager, **row)
            for number, row in enumerate(rows)
            if add_months(first, number) not in have
        ]
        MonthlyMeasure.objects.bulk_create(new)
        added += len(new)
    log(f"monthly measures: {added} months added")
