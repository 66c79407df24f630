"""Reading a CSV file of monthly measures with tablib, checking every row with `MeasureForm`.

All or nothing: the result lists every bad row by its line in the file (the header is line 1), and
the service saves nothing unless there are none.
"""

from dataclasses import dataclass, field

import tablib

from community.account_metrics.forms import MEASURE_LABELS, MeasureForm
from community.refusals import Refused

MAX_BYTES = 1024 * 1024
COLUMNS = ["month", *MEASURE_LABELS]


class UnreadableFile(Refused):
    """The file cannot be read at all. Its own class because the import view, unlike for a refused row, shows
    no table of line errors."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="file")


@dataclass
class ParsedFile:
    rows: list[dict] = field(default_factory=list)  # cleaned values, in file order
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, message)


def read_text(upload) -> str:
    """The file's text, or UnreadableFile with the reason: too large, not CSV, not UTF-8."""
    if upload.size > MAX_BYTES:
        raise UnreadableFile(f"The file is {upload.size / 1024 / 1024:.1f} MB. Choose a CSV file of 1 MB or less.")
    raw = upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise UnreadableFile("The file is larger than 1 MB. Choose a CSV file of 1 MB or less.")
    if not upload.name.lower().endswith(".csv") or b"\x00" in raw:
        raise UnreadableFile("The file is not a CSV file. Save it from your spreadsheet as “CSV UTF-8”.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            "The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8 (comma delimited)”."
        ) from error
    if not text.strip():
        raise UnreadableFile("The file is empty.")
    return text


def parse(text: str) -> ParsedFile:
    try:
        dataset = tablib.Dataset().load(text, format="csv")
    except Exception as error:  # tablib raises several kinds for text it cannot read as CSV
        raise UnreadableFile("The file is not a CSV file. Save it from your spreadsheet as “CSV UTF-8”.") from error
    headers = [(header or "").strip().lower() for header in (dataset.headers or [])]
    missing = [column for column in COLUMNS if column not in headers]
    if missing:
        raise UnreadableFile(
            f"The first line must name the columns {', '.join(COLUMNS)}. Missing: {', '.join(missing)}."
        )
    parsed = ParsedFile()
    seen: dict = {}
    for number, values in enumerate(dataset, start=2):
        data = {header: (value or "").strip() for header, value in zip(headers, values, strict=False)}
        if not any(data.values()):
            continue
        form = MeasureForm(data={column: data.get(column, "") for column in COLUMNS})
        if not form.is_valid():
            for name, errors in form.errors.items():
                parsed.errors.extend((number, f"{name}: {error}") for error in errors)
            continue
        month = form.cleaned_data["month"]
        if month in seen:
            parsed.errors.append((number, f"month: {month:%Y-%m} is also on line {seen[month]}."))
            continue
        seen[month] = number
        parsed.rows.append(form.cleaned_data)
    if not parsed.rows and not parsed.errors:
        raise UnreadableFile("The file has a header but no rows of measures.")
    return parsed
