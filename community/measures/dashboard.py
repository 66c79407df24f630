"""The whole dashboard for one filter and scope, cached for a few minutes in the configured cache."""

import datetime
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import timezone

from community.measures.filters import Filters
from community.measures.units import Measure, Result, Scope, measures_for

CACHE_SECONDS = 5 * 60
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
    """Every measure the scope may see, computed once per filter and cached for CACHE_SECONDS."""
    key = _cache_key(filters=filters, scope=scope, today=today)
    if use_cache:
        cached = cache.get(key)
        if cached is not None:
            return cached
    dashboard = Dashboard(
        filters=filters,
        scope=scope,
        computed_at=timezone.now(),
        entries=[_entry(measure, filters=filters, scope=scope, today=today) for measure in measures_for(scope)],
    )
    cache.set(key, dashboard, CACHE_SECONDS)
    return dashboard


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
