"""Measures are units registered through a Wagtail hook, so any app can add its own.

In an app's `wagtail_hooks.py`::

    from wagtail import hooks
    from community.measures.units import Measure

    @hooks.register("postwise_measures", order=80)
    def incident_measures() -> list[Measure]:
        return [IncidentsByRisk()]

The dashboard, its CSV exports, the printable page and the sponsor's PDF all list the measures in
hook order. A measure computes a `Result` (figures, one table, an optional chart) from `Filters`.
"""

import datetime
from dataclasses import dataclass, field

from wagtail import hooks

from community.measures.filters import Filters

HOOK = "postwise_measures"


@dataclass(frozen=True)
class Chart:
    """What to draw: `kind` is "bar" or "line"; each series is (name, values), one value per label."""

    kind: str
    labels: list[str]
    series: list[tuple[str, list[float | int | None]]]
    y_title: str = ""


@dataclass(frozen=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True)
class Result:
    """A measure's figures. `unavailable` says plainly why there is nothing to show yet."""

    figures: list[tuple[str, str]] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)
    chart: Chart | None = None
    # Per row, an optional link shown after the row's first cell (not exported to CSV).
    row_links: list[Link | None] = field(default_factory=list)
    unavailable: str = ""
    note: str = ""

    @property
    def has_rows(self) -> bool:
        return bool(self.rows)


@dataclass(frozen=True)
class Scope:
    """Who the figures are for: everything (champions, coordinators), or a sponsor's own accounts."""

    sponsor_id: int | None = None

    @property
    def is_sponsor(self) -> bool:
        return self.sponsor_id is not None

    @property
    def key(self) -> str:
        return f"sponsor-{self.sponsor_id}" if self.is_sponsor else "all"


class Measure:
    """One measure. Subclasses set the class attributes and implement `compute`.

    `for_sponsors`: shown to account sponsors, restricted to their own accounts (`scope`).
    """

    slug: str = ""
    title: str = ""
    description: str = ""
    for_sponsors: bool = False

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        raise NotImplementedError


def all_measures() -> list[Measure]:
    """Every registered measure, in hook order."""
    return [measure for provide in hooks.get_hooks(HOOK) for measure in provide()]


def measures_for(scope: Scope) -> list[Measure]:
    return [measure for measure in all_measures() if measure.for_sponsors or not scope.is_sponsor]


def measure_by_slug(slug: str, scope: Scope) -> Measure | None:
    return next((measure for measure in measures_for(scope) if measure.slug == slug), None)
