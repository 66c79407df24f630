"""What every Postwise PDF shares (fpdf2): a new A4 document, and text the core fonts can print."""

from fpdf import FPDF


def new_pdf(*, title: str, author: str, orientation: str = "portrait") -> FPDF:
    pdf = FPDF(orientation=orientation, format="A4")
    pdf.set_title(pdf_text(title))
    pdf.set_author(pdf_text(author))
    return pdf


def pdf_text(text: str) -> str:
    """The core PDF fonts cover Latin-1; anything else becomes a question mark rather than an error."""
    replacements = {"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "...", "→": "->"}
    for character, replacement in replacements.items():
        text = text.replace(character, replacement)
    return text.encode("latin-1", "replace").decode("latin-1")
