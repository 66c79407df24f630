"""Email addresses. A Mastodon or Bluesky handle (@name@instance.social) is not one."""

import re

from community.postcheck.draft import Draft, Finding, Severity, matches

EMAIL = re.compile(r"(?<![\w@.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")


def check(draft: Draft) -> list[Finding]:
    return matches(
        EMAIL,
        draft.text,
        kind="email",
        kind_label="Email address",
        severity=Severity.CHECK,
        message=lambda found: (
            f"An email address: “{found}”. If it is a person's own address, not a shared inbox, "
            "think whether they agreed to it being public."
        ),
    )
