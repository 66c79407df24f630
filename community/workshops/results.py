"""Each statement's median and spread on the five-point line, from one grouped query."""

import csv
import io
from dataclasses import dataclass, field

from django.db.models import Count

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


def grouped_by_theme(results: list[StatementResult]) -> list[tuple[str, list[StatementResult]]]:
    groups: dict[str, list[StatementResult]] = {}
    for result in results:
        groups.setdefault(result.theme_label, []).append(result)
    return sorted(groups.items())


def results_csv(*, workshop: Workshop) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["statement", "theme", "placings", "median", "lowest", "highest", *Position.labels])
    for result in results_for(workshop=workshop):
        spread = result.spread or ("", "")
        writer.writerow(
            [
                _safe(result.text),
                result.theme_label,
                result.total,
                result.median if result.median is not None else "",
                *spread,
                *(result.counts.get(position, 0) for position in Position.values),
            ]
        )
    return buffer.getvalue()


def _safe(value: str) -> str:
    """Spreadsheets run cells that start with these as formulas."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
