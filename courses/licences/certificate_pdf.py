"""The licence certificate as a PDF (fpdf2), with a QR code of the verification address."""

from community.pdf import a4_document, latin1
from courses.licences.models import Licence
from courses.licences.qr import qr_png


def certificate_pdf(*, licence: Licence, verify_url: str, organisation: str) -> bytes:
    pdf = a4_document(
        title=f"{licence.licence_type} – {licence.holder.display_name}", author=organisation, orientation="landscape"
    )
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, 277, 190)

    pdf.set_y(30)
    pdf.set_font("Helvetica", size=16)
    pdf.cell(0, 10, latin1(organisation), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=30)
    pdf.cell(0, 18, latin1(str(licence.licence_type)), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=14)
    pdf.cell(0, 12, "This certifies that", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=24)
    pdf.cell(0, 16, latin1(licence.holder.display_name), align="C", new_x="LMARGIN", new_y="NEXT")
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
        latin1(f"Check this licence is valid today: scan the code or visit\n{verify_url}"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())
