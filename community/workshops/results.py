"""Each statement's median and spread on the five-point line, from one grouped query."""

import csv
import io
import math
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from community.bestpractice.themes import Theme
from community.workshops.models import Placing, Position, Workshop


@dataclass
class StatementResult:
    statement_id: int
    text: str
    theme: str
    counts: dict[int, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def _values(self) -> list[int]:
        return [position for position in range(1, 6) for _ in range(self.counts.get(position, 0))]

    @property
    def median(self) -> float | None:
        values = self._values()
        if not values:
            return None
        middle = len(values) // 2
        return float(values[middle]) if len(values) % 2 else (values[middle - 1] + values[middle]) / 2

    @property
    def spread(self) -> tuple[int, int] | None:
        """Lowest and highest place anyone chose."""
        values = self._values()
        return (values[0], values[-1]) if values else None

    @property
    def interquartile(self) -> tuple[float, float] | None:
        values = self._values()
        if not values:
            return None
        lower, upper = values[: len(values) // 2] or values, values[(len(values) + 1) // 2 :] or values
        return (_median(lower), _median(upper))

    @property
    def median_label(self) -> str:
        median = self.median
        if median is None:
            return "Not placed yet"
        if median == int(median):
            return Position(int(median)).label
        return f"Between {Position(int(median)).label.lower()} and {Position(int(median) + 1).label.lower()}"

    @property
    def theme_label(self) -> str:
        return Theme(self.theme).label if self.theme in Theme.values else "No theme"

    @property
    def deviation(self) -> float | None:
        """The standard deviation of the placings: 0 when everyone agrees, up to 2 when split at both ends."""
        values = self._values()
        if not values:
            return None
        mean = sum(values) / len(values)
        return math.sqrt(sum((value - mean) ** 2 for value in values) / len(values))

    @property
    def controversy_label(self) -> str:
        deviation = self.deviation
        if deviation is None:
            return "–"
        if deviation < 0.75:
            return "Agreed"
        if deviation < 1.25:
            return "Some disagreement"
        return "Divided"

    @property
    def strip(self) -> SafeString:
        return strip_svg(self)

    def percent(self, position: int) -> int:
        return round(100 * self.counts.get(position, 0) / self.total) if self.total else 0

    @property
    def bars(self) -> list[tuple[int, str, int, int]]:
        return [
            (position, label, self.counts.get(position, 0), self.percent(position))
            for position, label in Position.choices
        ]


def _median(values: list[int]) -> float:
    middle = len(values) // 2
    return float(values[middle]) if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def results_for(*, workshop: Workshop) -> list[StatementResult]:
    results = {
        statement.pk: StatementResult(statement_id=statement.pk, text=statement.text, theme=statement.theme)
        for statement in workshop.statements.order_by("id")
    }
    grouped = (
        Placing.objects.filter(statement__workshop=workshop)
        .values("statement_id", "position")
        .annotate(count=Count("id"))
        .order_by()
    )
    for row in grouped:
        results[row["statement_id"]].counts[row["position"]] = row["count"]
    return sorted(results.values(), key=lambda result: (result.median or 6, result.statement_id))


SORTS = {"agreement": "Most agreed first", "controversy": "Most divided first"}
MIN_PLACINGS_TO_PROMOTE = 3
MOST_AGREED_LIMIT = 5
AGREED_DEVIATION = 0.75


def sorted_results(results: list[StatementResult], *, order: str) -> list[StatementResult]:
    """agreement: the smallest spread first (then the clearest median); controversy: the widest spread first."""
    placed = [result for result in results if result.total]
    unplaced = [result for result in results if not result.total]
    if order == "controversy":
        placed.sort(key=lambda result: (-result.deviation, result.statement_id))
    else:
        placed.sort(key=lambda result: (result.deviation, -abs(result.median - 3), result.statement_id))
    return placed + unplaced


def most_agreed(results: list[StatementResult], *, limit: int = MOST_AGREED_LIMIT) -> list[StatementResult]:
    """Statements most colleagues placed on the same side: enough placings, a small spread, not "not sure"."""
    candidates = [
        result
        for result in results
        if result.total >= MIN_PLACINGS_TO_PROMOTE
        and result.deviation <= AGREED_DEVIATION
        and result.median is not None
        and result.median != 3
    ]
    return sorted_results(candidates, order="agreement")[:limit]


# The strip plot: one SVG per statement, drawn on the server (no script, no style attribute).
STRIP_WIDTH, STRIP_HEIGHT, STRIP_MARGIN = 400, 64, 24


def _x(position: float) -> float:
    return round(STRIP_MARGIN + (position - 1) * (STRIP_WIDTH - 2 * STRIP_MARGIN) / 4, 1)


def strip_svg(result: StatementResult) -> SafeString:
    """The line from should (left) to shouldn't (right): a dot per place sized by its count, the middle half
    of the placings as a box and the median as a bar. Its figures are in the table beside it."""
    middle = STRIP_HEIGHT // 2
    ticks = format_html_join(
        "",
        '<line class="pw-strip__tick" x1="{0}" x2="{0}" y1="{1}" y2="{2}"></line>',
        ((_x(position), middle - 6, middle + 6) for position in range(1, 6)),
    )
    parts = [ticks]
    if result.total:
        largest = max(result.counts.values())
        lower, upper = result.interquartile
        parts.append(
            format_html(
                '<rect class="pw-strip__box" x="{}" y="{}" width="{}" height="{}" rx="4"></rect>',
                _x(lower) - 6,
                middle - 14,
                _x(upper) - _x(lower) + 12,
                28,
            )
        )
        parts.append(
            format_html_join(
                "",
                '<circle class="pw-strip__dot" cx="{}" cy="{}" r="{}"></circle>',
                (
                    (_x(position), middle, round(3 + 8 * math.sqrt(count / largest), 1))
                    for position, count in sorted(result.counts.items())
                    if count
                ),
            )
        )
        parts.append(
            format_html(
                '<line class="pw-strip__median" x1="{0}" x2="{0}" y1="{1}" y2="{2}"></line>',
                _x(result.median),
                middle - 18,
                middle + 18,
            )
        )
        label = (
            f"{result.total} placing{'s' if result.total != 1 else ''}; median: {result.median_label}; "
            f"spread: {result.controversy_label.lower()}"
        )
    else:
        label = "Not placed yet"
    return format_html(
        '<svg class="pw-strip" viewBox="0 0 {} {}" role="img" aria-label="{}" focusable="false">'
        '<line class="pw-strip__line" x1="{}" x2="{}" y1="{}" y2="{}"></line>{}</svg>',
        STRIP_WIDTH,
        STRIP_HEIGHT,
        label,
        _x(1),
        _x(5),
        middle,
        middle,
        SafeString("".join(parts)),
    )


def grouped_by_theme(results: list[StatementResult]) -> list[tuple[str, list[StatementResult]]]:
    groups: dict[str, list[StatementResult]] = {}
    for result in results:
        groups.setdefault(result.theme_label, []).append(result)
    return sorted(groups.items())


def results_csv(*, workshop: Workshop) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["statement", "theme", "placings", "median", "lowest", "highest", "spread (sd)", *Position.labels])
    for result in results_for(workshop=workshop):
        spread = result.spread or ("", "")
        writer.writerow(
            [
                _safe(result.text),
                result.theme_label,
                result.total,
                result.median if result.median is not None else "",
                *spread,
                f"{result.deviation:.2f}" if result.deviation is not None else "",
                *(result.counts.get(position, 0) for position in Position.values),
            ]
        )
    return buffer.getvalue()


def _safe(value: str) -> str:
    """Spreadsheets run cells that start with these as formulas."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
