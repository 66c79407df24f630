"""Phone numbers, found by Google's libphonenumber (the `phonenumbers` port), with the UK as the default region.

Only numbers that are valid for their region count: a 12-digit order number is not a phone number.
"""

import phonenumbers

from community.postcheck.draft import Draft, Finding, Severity

DEFAULT_REGION = "GB"


def check(draft: Draft) -> list[Finding]:
    matcher = phonenumbers.PhoneNumberMatcher(draft.text, DEFAULT_REGION, leniency=phonenumbers.Leniency.VALID)
    return [
        Finding(
            kind="phone",
            kind_label="Phone number",
            message=(
                f"A phone number: “{match.raw_string}”. If it is a person's own number, not a public "
                "helpline, think whether they agreed to it being public."
            ),
            severity=Severity.CHECK,
            start=match.start,
            end=match.end,
        )
        for match in matcher
    ]
