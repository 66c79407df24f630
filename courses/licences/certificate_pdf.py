"""The licence certificate as a PDF (fpdf2), with a QR code of the verification address."""

from fpdf import FPDF

from courses.licences.models import Licence
from courses.licences.qr import qr_png


def certificate_pdf(*, licence: Licence, verify_url: str, organisation: str) -> bytes:
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_title(f"{licence.licence_type} – {licence.holder.display_name}")
    pdf.set_author(organisation)
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, 277, 190)

    pdf.set_y(30)
    pdf.set_font("Helvetica", size=16)
    pdf.cell(0, 10, _latin1(organisation), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=30)
    pdf.cell(0, 18, _latin1(str(licence.licence_type)), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=14)
    pdf.cell(0, 12, "This certifies that", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=24)
    pdf.cell(0, 16, _latin1(licence.holder.display_name), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=14)
    pdf.cell(
        0,
        10,
        f"holds this licence from {licence.issued_on:%-d %B %Y} until {licence.expires_on:%-d %B %Y}.",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    pdf.image(qr_png(verify_url), x=30, y=135, w=45, h=45)
    pdf.set_xy(82, 145)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(
        180,
        7,
        _latin1(f"Check this licence is valid today: scan the code or visit\n{verify_url}"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


def _latin1(text: str) -> str:
    """The core PDF fonts cover Latin-1; anything else becomes a question mark rather than an error."""
    return text.replace("–", "-").replace("“", '"').replace("”", '"').encode("latin-1", "replace").decode("latin-1")
