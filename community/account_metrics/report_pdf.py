"""The sponsor report as a PDF (fpdf2), built like the licence certificate (community/pdf.py)."""

from community.account_metrics.forms import MEASURE_LABELS
from community.account_metrics.report import SponsorReport
from community.pdf import new_pdf, pdf_text

SHORT_LABELS = {"median_response_minutes": "Median response (min)"}


def sponsor_report_pdf(*, report: SponsorReport, organisation: str) -> bytes:
    account = report.account
    name = account.name or account.handle
    pdf = new_pdf(title=f"Sponsor report: {name}, {report.period}", author=organisation)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()

    def heading(text: str, size: int = 14) -> None:
        pdf.set_font("Helvetica", style="B", size=size)
        pdf.multi_cell(0, size * 0.6, pdf_text(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def body(text: str) -> None:
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(0, 5, pdf_text(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, pdf_text(organisation), new_x="LMARGIN", new_y="NEXT")
    heading(f"Sponsor report: {name}", size=18)
    body(f"{account.get_platform_display()} account {account.handle}. {account.department}".strip())
    body(f"Period: {report.period}.")
    review = f"{account.review_date:%-d %B %Y}" if account.review_date else "not set"
    body(f"Status: {account.get_status_display()}. Next review: {review}.")

    heading("Managers and their licences")
    if report.managers:
        with pdf.table(col_widths=(2, 2), text_align="LEFT") as table:
            table.row(["Manager", "Corporate user licence"])
            for manager in report.managers:
                table.row([pdf_text(manager.name), pdf_text(manager.status)])
    else:
        body("The account has no managers.")
    pdf.ln(4)

    heading("Monthly measures")
    if report.measures:
        pdf.set_font("Helvetica", size=8)
        with pdf.table(text_align="RIGHT") as table:
            table.row(["Month", *[SHORT_LABELS.get(key, label) for key, label in MEASURE_LABELS.items()]])
            for measure in report.measures:
                table.row([f"{measure.month:%b %Y}", *[f"{getattr(measure, key):,}" for key in MEASURE_LABELS]])
    else:
        body("No measures were recorded in this period.")
    pdf.ln(4)

    heading("Incidents")
    if report.incidents:
        for incident in report.incidents:
            pdf.set_font("Helvetica", style="B", size=10)
            pdf.multi_cell(0, 5, pdf_text(incident.summary), new_x="LMARGIN", new_y="NEXT")
            body(
                f"{incident.happened_at:%-d %B %Y}. Risk: {incident.get_risk_display()}. "
                f"Severity: {incident.severity_label}. {incident.get_status_display()}."
            )
            if incident.lesson:
                body(f"Lesson learned: {incident.lesson}")
    else:
        body("No incidents in this period.")
    return bytes(pdf.output())
