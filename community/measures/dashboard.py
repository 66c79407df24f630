"""The whole dashboard for one filter and scope, cached for a few minutes in the configured cache.

Computing a dashboard on the large data takes seconds, so many sponsors opening it as its figures expire must
not all compute it at once (a stampede). One request takes a short lock in the shared cache and computes; the
others are given the figures a few minutes old meanwhile, or, when there are none yet, wait for the one that
is computing.
"""

import datetime
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import timezone

from community.measures.filters import Filters
from community.measures.units import Measure, Result, Scope, measures_for

CACHE_SECONDS = 5 * 60  # how long figures count as fresh
KEPT_SECONDS = 3 * CACHE_SECONDS  # how long figures are kept, to be shown while newer ones are computed
COMPUTING_LOCK_SECONDS = 60  # a request that dies while computing holds the lock no longer than this
WAIT_POLLS = 100  # with nothing to show, how many times a request looks for the other's figures
WAIT_SECONDS = 0.1  # between those looks
CACHE_VERSION = 1


@dataclass(frozen=True)
class Entry:
    slug: str
    title: str
    description: str
    result: Result


@dataclass(frozen=True)
class Dashboard:
    filters: Filters
    scope: Scope
    computed_at: datetime.datetime
    entries: list[Entry]

    def entry(self, slug: str) -> Entry | None:
        return next((entry for entry in self.entries if entry.slug == slug), None)


def key_beside(board: "Dashboard", kind: str) -> str:
    """A cache key for something drawn from one computed dashboard (its charts, its PDF): a new computation
    gets new keys, so nothing drawn from older figures is served with newer ones."""
    return f"measures:{kind}:{board.scope.key}:{board.filters.key}:{board.computed_at.isoformat()}"


def _cache_key(*, filters: Filters, scope: Scope, today: datetime.date) -> str:
    return f"measures:v{CACHE_VERSION}:{scope.key}:{today:%Y-%m-%d}:{filters.key}"


def _entry(measure: Measure, *, filters: Filters, scope: Scope, today: datetime.date) -> Entry:
    return Entry(
        slug=measure.slug,
        title=measure.title,
        description=measure.description,
        result=measure.compute(filters=filters, scope=scope, today=today),
    )


def build_dashboard(*, filters: Filters, scope: Scope, today: datetime.date, use_cache: bool = True) -> Dashboard:
    """Every measure the scope may see, computed at most once per filter every CACHE_SECONDS, by one request."""
    if not use_cache:
        return _compute(filters=filters, scope=scope, today=today)
    key = _cache_key(filters=filters, scope=scope, today=today)
    cached = cache.get(key)
    if cached is not None and timezone.now() - cached.computed_at < datetime.timedelta(seconds=CACHE_SECONDS):
        return cached
    lock = f"{key}:computing"
    if not cache.add(lock, 1, COMPUTING_LOCK_SECONDS):
        # Another request is computing these figures.
        if cached is not None:
            return cached
        for _ in range(WAIT_POLLS):
            time.sleep(WAIT_SECONDS)
            cached = cache.get(key)
            if cached is not None:
                return cached
        return _compute(filters=filters, scope=scope, today=today)  # it is taking too long: compute them here
    try:
        dashboard = _compute(filters=filters, scope=scope, today=today)
        cache.set(key, dashboard, KEPT_SECONDS)
    finally:
        cache.delete(lock)
    return dashboard


def _compute(*, filters: Filters, scope: Scope, today: datetime.date) -> Dashboard:
    return Dashboard(
        filters=filters,
        scope=scope,
        computed_at=timezone.now(),
        entries=[_entry(measure, filters=filters, scope=scope, today=today) for measure in measures_for(scope)],
    )


def headline_results(
    *, slugs: set[str], filters: Filters, scope: Scope, today: datetime.date
) -> tuple[dict[str, Result], datetime.datetime]:
    """The results of a few measures, for a summary such as the admin's panel, and when they were computed.

    The whole dashboard's, when it is in the cache; otherwise these measures alone are computed (never the
    rest of the dashboard), and cached for CACHE_SECONDS under their own key.
    """
    whole = cache.get(_cache_key(filters=filters, scope=scope, today=today))
    if whole is not None:
        return {entry.slug: entry.result for entry in whole.entries if entry.slug in slugs}, whole.computed_at
    key = _cache_key(filters=filters, scope=scope, today=today) + ":only:" + ",".join(sorted(slugs))
    cached = cache.get(key)
    if cached is not None:
        return cached
    results = {
        measure.slug: measure.compute(filters=filters, scope=scope, today=today)
        for measure in measures_for(scope)
        if measure.slug in slugs
    }
    found = (results, timezone.now())
    cache.set(key, found, CACHE_SECONDS)
    return found
