"""Full UK postcodes (outward and inward parts, in capitals), such as "SW1A 1AA" or "M1 1AE".

A road number such as "A1 road" or "M6" is not one: a postcode needs its inward part (a digit and two letters).
"""

import re

from community.postcheck.draft import Draft, Finding, Severity, matches

# Outward: area (1–2 letters), district (digit, then an optional digit or letter). Inward: a digit and two
# letters, never C, I, K, M, O or V. GIR 0AA is the one historic exception.
POSTCODE = re.compile(r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2})\b")


def check(draft: Draft) -> list[Finding]:
    return matches(
        POSTCODE,
        draft.text,
        kind="postcode",
        kind_label="Postcode",
        severity=Severity.CHECK,
        message=lambda found: (
            f"A postcode: “{found}”. With a name or a photo it can point to someone's home; "
            "a public building's postcode is fine."
        ),
    )
