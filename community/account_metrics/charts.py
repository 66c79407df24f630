"""Trend charts: server-rendered SVG from pygal, made safe for the site's strict Content-Security-Policy.

pygal puts a <style> element, a configuration <script> and a tooltip with a style attribute into every
chart. None of them may run under the site's policy, and none is needed: the charts are static, their
look comes from `.postwise-chart` rules in site/static/src/postwise.scss, and the figures are in the
data table beside each chart. So the chart is rendered with pygal's JavaScript off and those three
parts are taken out of the SVG tree before it is serialised.
"""

from dataclasses import dataclass

import pygal
from django.utils.safestring import SafeString, mark_safe
from lxml import etree

from community.account_metrics.forms import MEASURE_LABELS
from community.account_metrics.models import MonthlyMeasure

SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class TrendChart:
    key: str
    title: str
    svg: SafeString
    points: list[tuple[str, int]]  # (month label, value), for the data table


def _strict_svg(chart: pygal.Graph, *, label: str) -> SafeString:
    root = chart.render_tree()
    for element in list(root.iter(f"{SVG}style", f"{SVG}script", "style", "script")):
        element.getparent().remove(element)
    for element in list(root.iter()):
        if isinstance(element.tag, str) and "tooltip-overlay" in (element.get("class") or ""):
            element.getparent().remove(element)
        elif isinstance(element.tag, str):
            element.attrib.pop("style", None)
    heading = root.find(f"{SVG}title")
    if heading is not None:
        heading.text = label
    # The chart is one image to assistive technology; the table beside it has the figures.
    root.set("role", "img")
    root.set("aria-label", label)
    root.set("focusable", "false")
    root.set("class", f"{root.get('class', '')} postwise-chart__svg".strip())
    return mark_safe(etree.tostring(root, encoding="unicode"))  # noqa: S308 - markup built by pygal from numbers and our labels


def trend_chart(*, key: str, title: str, points: list[tuple[str, int]]) -> TrendChart:
    chart = pygal.Line(
        js=[],
        disable_xml_declaration=True,
        show_legend=False,
        width=640,
        height=280,
        margin=12,
        explicit_size=False,
        x_label_rotation=0,
        show_minor_x_labels=False,
        x_labels_major_every=max(1, len(points) // 6),
        truncate_label=-1,
        include_x_axis=True,
        dots_size=3,
        value_formatter=lambda value: f"{value:,.0f}",
    )
    chart.x_labels = [label for label, _ in points]
    chart.add(title, [value for _, value in points])
    first, last = (points[0][0], points[-1][0]) if points else ("", "")
    label = f"Line chart of {title.lower()} from {first} to {last}. The figures are in the table that follows."
    return TrendChart(key=key, title=title, svg=_strict_svg(chart, label=label), points=points)


def trend_charts(measures: list[MonthlyMeasure]) -> list[TrendChart]:
    """One chart per measure, oldest month first; none without at least one month."""
    if not measures:
        return []
    return [
        trend_chart(
            key=name,
            title=title,
            points=[(f"{measure.month:%b %Y}", getattr(measure, name)) for measure in measures],
        )
        for name, title in MEASURE_LABELS.items()
    ]
