"""Email addresses. A Mastodon or Bluesky handle (@name@instance.social) is not one."""

import re

from community.postcheck.draft import Draft, Finding, Severity

EMAIL = re.compile(r"(?<![\w@.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")


def check(draft: Draft) -> list[Finding]:
    return [
        Finding(
            kind="email",
            kind_label="Email address",
            message=(
                f"An email address: “{found.group()}”. If it is a person's own address, not a shared inbox, "
                "think whether they agreed to it being public."
            ),
            severity=Severity.CHECK,
            start=found.start(),
            end=found.end(),
        )
        for found in EMAIL.finditer(draft.text)
    ]
