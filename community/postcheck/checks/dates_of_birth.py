"""Dates of birth: a date that follows a word about birth ("born", "DOB", "date of birth", "birthday").

A date on its own ("bins collected on 12/05/2025") is not flagged: it is the link to a person's birth that
makes it personal data.
"""

import re

from community.postcheck.draft import Draft, Finding, Severity, matches

MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
DATE = (
    r"(?:[0-3]?[0-9][/.-][01]?[0-9][/.-](?:19|20)?[0-9]{2}"  # 03/07/1985, 3.7.85
    r"|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]"  # 1985-07-03
    rf"|[0-3]?[0-9](?:st|nd|rd|th)? (?:of )?{MONTHS},? (?:19|20)[0-9]{{2}}"  # 3rd July 1985
    rf"|{MONTHS} [0-3]?[0-9](?:st|nd|rd|th)?,? (?:19|20)[0-9]{{2}})"  # July 3, 1985
)
CUE = r"\b(?:born(?: on)?|d\.?o\.?b\.?|date of birth|birthday(?: is)?|birth date)\b[\s:,-]{0,3}(?:is |was |on )?"
DATE_OF_BIRTH = re.compile(rf"{CUE}(?P<date>{DATE})", re.IGNORECASE)


def check(draft: Draft) -> list[Finding]:
    return matches(
        DATE_OF_BIRTH,
        draft.text,
        kind="date-of-birth",
        kind_label="Date of birth",
        severity=Severity.PROBLEM,
        message=lambda found: f"A date of birth: “{found}”. With a name it identifies someone; leave it out.",
        group="date",
    )
