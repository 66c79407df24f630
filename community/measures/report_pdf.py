"""The dashboard as a PDF (fpdf2): the sponsor's monthly report. Each measure's figures, chart and table."""

import hashlib
import io

from django.core.cache import cache
from django.utils import timezone

from community.measures.charts import chart_png, dashboard_charts
from community.measures.dashboard import CACHE_SECONDS, Dashboard, key_beside
from community.pdf import new_pdf, pdf_text


def dashboard_pdf(*, dashboard: Dashboard, organisation: str, heading: str) -> bytes:
    """The report for one computed dashboard. Turning each chart into a picture takes most of a second, so the
    bytes are kept beside the dashboard in the cache: asking again for the same figures draws nothing."""
    titles = hashlib.sha256(f"{organisation}\n{heading}".encode()).hexdigest()[:16]
    board = dashboard
    key = f"{key_beside(board, 'pdf')}:{titles}"
    content = cache.get(key)
    if content is None:
        content = _draw(dashboard=dashboard, organisation=organisation, heading=heading)
        cache.set(key, content, CACHE_SECONDS)
    return content


def _draw(*, dashboard: Dashboard, organisation: str, heading: str) -> bytes:
    # The same drawings as the page (cached per computed dashboard); a PDF has no CSP, so no nonce.
    charts = dashboard_charts(dashboard, nonce="")
    pdf = new_pdf(title=heading, author=organisation)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 8, pdf_text(organisation), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=20)
    pdf.multi_cell(0, 10, pdf_text(heading), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    computed = timezone.localtime(dashboard.computed_at)
    pdf.multi_cell(
        0,
        6,
        pdf_text(f"{dashboard.filters.describe().capitalize()}. Figures computed at {computed:%H:%M on %-d %B %Y}."),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for entry in dashboard.entries:
        pdf.ln(4)
        pdf.set_font("Helvetica", style="B", size=14)
        pdf.multi_cell(0, 8, pdf_text(entry.title), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(0, 5, pdf_text(entry.description), new_x="LMARGIN", new_y="NEXT")
        result = entry.result
        if result.unavailable:
            pdf.multi_cell(0, 6, pdf_text(result.unavailable), new_x="LMARGIN", new_y="NEXT")
            continue
        for label, value in result.figures:
            pdf.multi_cell(0, 6, pdf_text(f"{label}: {value}"), new_x="LMARGIN", new_y="NEXT")
        if entry.slug in charts:
            pdf.ln(2)
            # The figures are in the table below; the alternative text names the chart for a screen reader.
            pdf.image(
                io.BytesIO(chart_png(str(charts[entry.slug]))), w=pdf.epw, alt_text=pdf_text(f"Chart: {entry.title}")
            )
        if result.rows:
            pdf.ln(2)
            with pdf.table(text_align="LEFT", line_height=5, first_row_as_headings=True) as table:
                table.row([pdf_text(column) for column in result.columns])
                for row in result.rows:
                    table.row([pdf_text(str(cell)) for cell in row])
        if result.note:
            pdf.multi_cell(0, 5, pdf_text(result.note), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
