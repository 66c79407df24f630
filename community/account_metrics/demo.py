"""Demo: twelve months of measures for each demo official account, from site/demo/account_metrics/.

Runs after the official accounts (order 40). Any of the eight demo accounts not there yet is made with
`ensure_official_account` (the register's demo names them too; both are idempotent).
"""

import random
from pathlib import Path

import yaml
from django.conf import settings

from community.account_metrics.models import MonthlyMeasure
from community.account_metrics.months import add_months, this_month
from community.models import Member, OfficialAccount
from community.services import ensure_official_account

SPEC = Path(settings.BASE_DIR) / "site" / "demo" / "account_metrics" / "measures.yaml"


def _months(spec: dict, rng: random.Random, count: int) -> list[dict]:
    followers = spec["followers"]
    rows = []
    for _ in range(count):
        followers = int(followers * (1 + spec["growth"] * rng.uniform(0.2, 1.8)))
        posts = max(1, int(spec["posts"] * rng.uniform(0.7, 1.3)))
        rows.append(
            {
                "followers": followers,
                "posts": posts,
                "engagements": int(followers * spec["engagement_rate"] * rng.uniform(0.6, 1.4)),
                "enquiries_answered": int(spec["enquiries"] * rng.uniform(0.6, 1.4)),
                "median_response_minutes": int(spec["response_minutes"] * rng.uniform(0.6, 1.4)),
            }
        )
    return rows


def load_measures(*, log) -> None:
    """Official accounts' monthly measures."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    rng = random.Random(spec["seed"])
    manager = Member.objects.filter(email="manager@example.org").first()
    first = add_months(this_month(), -spec["months"])
    added = 0
    for entry in spec["accounts"]:
        managers = [manager] if manager and entry.get("managed_by_demo_manager") else []
        account, _ = ensure_official_account(
            platform=entry["platform"], handle=entry["handle"], purpose=entry["name"], managers=managers
        )
        # ensure_official_account on main sets neither name nor department: fill them when blank.
        OfficialAccount.objects.filter(pk=account.pk, name="").update(name=entry["name"])
        OfficialAccount.objects.filter(pk=account.pk, department="").update(department=entry["department"])
        rows = _months(entry, rng, spec["months"])  # drawn for every account, so the figures never shift
        have = set(MonthlyMeasure.objects.filter(account=account).values_list("month", flat=True))
        new = [
            MonthlyMeasure(account=account, month=add_months(first, number), recorded_by=manager, **row)
            for number, row in enumerate(rows)
            if add_months(first, number) not in have
        ]
        MonthlyMeasure.objects.bulk_create(new)
        added += len(new)
    log(f"monthly measures: {added} months added")
