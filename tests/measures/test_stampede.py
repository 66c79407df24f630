"""Issue 14: the measures' cache is not stampeded. When the figures expire, one request computes them while the
others are given the figures a few minutes old; with none yet, the others wait for that one."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from community.measures import dashboard as dashboard_module
from community.measures.dashboard import CACHE_SECONDS, build_dashboard
from community.measures.filters import Filters
from community.measures.units import Scope

pytestmark = pytest.mark.django_db


@pytest.fixture
def computed(monkeypatch):
    """Counts the dashboards computed."""
    made = []
    real = dashboard_module._compute

    def counting(**kwargs):
        made.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(dashboard_module, "_compute", counting)
    cache.clear()
    return made


def _build():
    today = timezone.localdate()
    return build_dashboard(filters=Filters.default(today=today), scope=Scope(), today=today)


def _key():
    today = timezone.localdate()
    return dashboard_module._cache_key(filters=Filters.default(today=today), scope=Scope(), today=today)


def _age(board, seconds):
    """The same figures, as if computed `seconds` ago."""
    aged = dashboard_module.Dashboard(
        filters=board.filters,
        scope=board.scope,
        computed_at=timezone.now() - datetime.timedelta(seconds=seconds),
        entries=board.entries,
    )
    cache.set(_key(), aged, dashboard_module.KEPT_SECONDS)
    return aged


def test_fresh_figures_are_served_from_the_cache(computed):
    first = _build()
    assert _build().computed_at == first.computed_at and len(computed) == 1


def test_expired_figures_are_computed_again_by_the_one_request_that_takes_the_lock(computed):
    old = _age(_build(), CACHE_SECONDS + 1)
    new = _build()
    assert new.computed_at > old.computed_at and len(computed) == 2
    assert cache.get(f"{_key()}:computing") is None  # the lock is let go
    assert _build().computed_at == new.computed_at


def test_while_another_request_computes_the_expired_figures_are_shown(computed):
    old = _age(_build(), CACHE_SECONDS + 1)
    cache.add(f"{_key()}:computing", 1, 60)
    assert _build().computed_at == old.computed_at and len(computed) == 1


def test_with_nothing_to_show_a_request_waits_for_the_one_computing(computed, monkeypatch):
    cache.add(f"{_key()}:computing", 1, 60)
    ready = dashboard_module._compute(
        filters=Filters.default(today=timezone.localdate()), scope=Scope(), today=timezone.localdate()
    )
    looks = []

    def the_other_request_finishes(seconds):
        looks.append(seconds)
        if len(looks) == 3:
            cache.set(_key(), ready, dashboard_module.KEPT_SECONDS)

    monkeypatch.setattr(dashboard_module.time, "sleep", the_other_request_finishes)
    assert _build().computed_at == ready.computed_at
    assert len(looks) == 3 and len(computed) == 1  # only the other request's


def test_a_request_stops_waiting_and_computes_when_the_other_takes_too_long(computed, monkeypatch):
    cache.add(f"{_key()}:computing", 1, 60)
    monkeypatch.setattr(dashboard_module.time, "sleep", lambda seconds: None)
    board = _build()
    assert board.entries and len(computed) == 1


def test_a_failed_computation_lets_go_of_the_lock(computed, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(dashboard_module, "_compute", broken)
    with pytest.raises(RuntimeError):
        _build()
    assert cache.get(f"{_key()}:computing") is None
