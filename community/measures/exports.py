"""A measure's table as CSV."""

import csv
import io
import re

from community.measures.dashboard import Entry

# Cells that a spreadsheet would run as a formula get a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SIGNED_NUMBER = re.compile(r"^[+-]\d+(\.\d+)?%?$")


def _safe(cell) -> object:
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) and not SIGNED_NUMBER.match(cell):
        return "'" + cell
    return cell


def entry_csv(entry: Entry) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(entry.result.columns)
    for row in entry.result.rows:
        writer.writerow([_safe(cell) for cell in row])
    return out.getvalue()
