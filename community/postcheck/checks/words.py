"""Words to avoid (and their plurals), each with the word the organisation prefers; champions keep the list."""

import re

from community.postcheck.draft import Draft, Finding, Severity
from community.postcheck.selectors import word_choices


def check(draft: Draft) -> list[Finding]:
    findings = []
    for choice in word_choices():
        pattern = re.compile(rf"(?<!\w){re.escape(choice.avoid)}(?:s|es)?(?!\w)", re.IGNORECASE)
        for found in pattern.finditer(draft.text):
            say = f" Say “{choice.prefer}” instead." if choice.prefer else ""
            why = f" {choice.reason}" if choice.reason else ""
            findings.append(
                Finding(
                    kind="word-to-avoid",
                    kind_label="Word to avoid",
                    message=f"“{found.group()}” is on the organisation's list of words to avoid.{say}{why}",
                    severity=Severity.CHECK,
                    start=found.start(),
                    end=found.end(),
                )
            )
    return findings
