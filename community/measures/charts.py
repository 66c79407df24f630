"""Server-rendered SVG charts (pygal), made safe for the strict Content-Security-Policy.

pygal embeds a `<style>` and a `<script>` (for its tooltips) in each chart. The script is dropped (the
data table beside each chart carries the numbers), and the style gets the request's CSP nonce.
"""

import cairosvg
import pygal
from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe
from pygal.etree import etree
from pygal.style import Style

from community.measures.dashboard import CACHE_SECONDS, Dashboard, key_beside
from community.measures.units import Chart

# Stands for the request's CSP nonce in the cached markup; swapped for the real one on every request.
NONCE_MARK = "postwise-chart-nonce"

# GOV.UK Frontend's colours, dark enough against white for the 3:1 that graphics need.
PALETTE = ("#1d70b8", "#d4351c", "#00703c", "#6f72af", "#b58840", "#912b88")

STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#0b0c0c",
    foreground_strong="#0b0c0c",
    foreground_subtle="#505a5f",
    colors=PALETTE,
    font_family="Arial, sans-serif",
    label_font_size=13,
    major_label_font_size=13,
    legend_font_size=14,
    value_font_size=13,
    title_font_size=16,
)


def _chart_class(kind: str):
    return {"bar": pygal.Bar, "line": pygal.Line}[kind]


def render_svg(chart: Chart, *, title: str, nonce: str) -> SafeString:
    """The chart as inline SVG markup: no script, no style attributes, its style element carrying `nonce`."""
    drawing = _chart_class(chart.kind)(
        style=STYLE,
        js=[],
        disable_xml_declaration=True,
        explicit_size=False,
        width=800,
        height=380,
        show_legend=len(chart.series) > 1,
        legend_at_bottom=True,
        x_label_rotation=30 if len(chart.labels) > 6 else 0,
        show_minor_x_labels=len(chart.labels) <= 16,
        x_labels_major_every=max(1, len(chart.labels) // 12) if len(chart.labels) > 16 else None,
        truncate_label=-1,
        print_values=False,
        tooltip_border_radius=0,
        y_title=chart.y_title or None,
        min_scale=1,
    )
    drawing.x_labels = chart.labels
    for name, values in chart.series:
        drawing.add(name, values)
    tree = drawing.render_tree()
    for parent in list(tree.iter()):
        for script in [child for child in parent if _local_name(child.tag) == "script"]:
            parent.remove(script)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        element.attrib.pop("style", None)
        # pygal's legend ids ("activate-serie-0") served its script, which is gone; with several charts on a
        # page they would be duplicate ids, which is invalid HTML.
        if element.get("id", "").startswith("activate-serie"):
            del element.attrib["id"]
        if _local_name(element.tag) == "style":
            element.set("nonce", nonce)
    # The chart is described by its figure's caption and the table beside it; screen readers skip the drawing.
    tree.set("aria-hidden", "true")
    tree.set("focusable", "false")
    tree.set("class", f"{tree.get('class', '')} measure-chart".strip())
    return mark_safe(_serialise(tree))  # noqa: S308 - pygal's own markup, from our numbers and labels


def dashboard_charts(board: Dashboard, *, nonce: str) -> dict[str, SafeString]:
    """Each measure's chart, by slug. pygal takes a good part of a second for a dashboard's charts, so the
    markup is drawn once per computed dashboard and cached beside it; only the nonce differs per request."""
    key = key_beside(board, "charts")
    drawn = cache.get(key)
    if drawn is None:
        drawn = {
            entry.slug: str(render_svg(entry.result.chart, title=entry.title, nonce=NONCE_MARK))
            for entry in board.entries
            if entry.result.chart is not None and entry.result.rows and not entry.result.unavailable
        }
        cache.set(key, drawn, CACHE_SECONDS)
    nonce_attribute = f'nonce="{NONCE_MARK}"'
    return {
        slug: mark_safe(svg.replace(nonce_attribute, f'nonce="{nonce}"'))  # noqa: S308 - markup drawn above
        for slug, svg in drawn.items()
    }


def chart_png(svg: str, *, width: int = 1600) -> bytes:
    """A chart's SVG markup as a PNG, for the PDF. fpdf2 reads SVG itself, but its CSS support matches only
    single-class selectors, and pygal styles everything through `#chart-… .class` rules (colours, fills,
    text anchors), so fpdf2 would draw black bars and misplaced labels. cairosvg (pygal's own route to PNG)
    applies the full stylesheet; it fetches nothing outside the markup."""
    return cairosvg.svg2png(bytestring=svg.encode(), output_width=width)


def _local_name(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _serialise(tree) -> str:
    # pygal's own etree wrapper: lxml when installed, the standard library otherwise.
    return etree.tostring(tree, encoding="unicode")
