"""What the PDFs (fpdf2) share: text the core fonts can draw, and a plain A4 document."""

from fpdf import FPDF

REPLACEMENTS = {"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "...", "→": "->"}


def latin1(text: str) -> str:
    """The core PDF fonts cover Latin-1; anything else becomes a question mark rather than an error."""
    for character, replacement in REPLACEMENTS.items():
        text = text.replace(character, replacement)
    return text.encode("latin-1", "replace").decode("latin-1")


def a4_document(*, title: str, author: str, orientation: str = "portrait") -> FPDF:
    pdf = FPDF(orientation=orientation, format="A4")
    pdf.set_title(title)
    pdf.set_author(author)
    return pdf
