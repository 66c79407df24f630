"""Measures at scale: half the members (10,000 at BENCH_SCALE=20000) and twenty licence-quiz attempts each (200,000).

The dashboard is cached for five minutes per filter, so the timed page fetches are cache hits; the cold
computation of every measure is timed once here, after seeding, and printed.
"""

import time

BENCH_PASSWORD_HASH = "md5$bench$0"
CHAMPION = "benchmeasures@example.org"


def seed(scale: int) -> None:
    from allauth.mfa.models import Authenticator
    from django.contrib.auth.models import Group
    from django.utils import timezone

    # Imported here: the bench sets Django up itself (django.setup()) before it reaches the models.
    from community.measures.dashboard import build_dashboard
    from community.measures.filters import Filters
    from community.measures.units import Scope
    from community.models import Member
    from community.roles import Role
    from tests.community.mfa_helpers import activate_totp
    from tests.measures.test_query_budget import seed as seed_measures

    seed_measures(members=scale // 2, attempts_each=20)
    champion = Member.objects.create(email=CHAMPION, password=BENCH_PASSWORD_HASH)
    champion.groups.add(Group.objects.get(name=Role.CHAMPION))
    if not Authenticator.objects.filter(user=champion).exists():
        activate_totp(champion)
    today = timezone.localdate()
    started = time.perf_counter()
    build_dashboard(filters=Filters.default(today=today), scope=Scope(), today=today, use_cache=False)
    print(f"measures: every measure computed without the cache in {time.perf_counter() - started:.2f}s")


def pages() -> list[tuple[str, str | None]]:
    return [("/measures/", CHAMPION), ("/measures/?department=Highways", CHAMPION), ("/measures/levels.csv", CHAMPION)]
