"""National Insurance numbers: two letters, six digits, one letter A–D ("QQ 12 34 56 C").

The letters HMRC never issues are left out (D, F, I, Q, U, V first or second; O second; BG, GB, KN, NK,
NT, TN, ZZ as the prefix), so most two-letter-and-six-digit codes that are not NI numbers pass.
"""

import re

from community.postcheck.draft import Draft, Finding, Severity, matches

NI_NUMBER = re.compile(
    r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b"
)


def check(draft: Draft) -> list[Finding]:
    return matches(
        NI_NUMBER,
        draft.text,
        kind="ni-number",
        kind_label="National Insurance number",
        severity=Severity.PROBLEM,
        message=lambda found: f"What looks like a National Insurance number: “{found}”. Never post one.",
    )
