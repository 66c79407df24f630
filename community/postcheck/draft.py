"""What every rule takes and gives: a `Draft` in, a list of `Finding`s out.

A rule is a plain function `check(draft: Draft) -> list[Finding]` in its own module under `checks/`,
registered with the `postwise_post_check_rule` Wagtail hook (see `checks/__init__.py`). The draft lives
only for the request: nothing here is saved or logged.
"""

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass

RULE_HOOK = "postwise_post_check_rule"


class Severity(enum.StrEnum):
    """How much a finding matters. Shown as words, never by colour alone."""

    PROBLEM = "problem"  # the post would fail or break a rule: too long, a blocked site
    CHECK = "check"  # may be fine, but look again: personal data, an unknown site, a word to avoid
    ADVICE = "advice"  # makes the post easier to read or use: hashtags, alt text, capitals

    @property
    def label(self) -> str:
        return {"problem": "Problem", "check": "Check", "advice": "Advice"}[self.value]

    @property
    def tag_class(self) -> str:
        """GOV.UK tag colour; the tag's word says the same, so colour is never the only signal."""
        return {"problem": "govuk-tag--red", "check": "govuk-tag--yellow", "advice": "govuk-tag--blue"}[self.value]


@dataclass(frozen=True)
class Draft:
    """`text` has its line endings made "\\n", so positions match the text box the member typed in."""

    text: str
    platform: str  # a key of platforms.PLATFORMS


@dataclass(frozen=True)
class Finding:
    """`kind` is a short slug counted on the dashboard (never the text); `kind_label` names it for people.

    `start`/`end` are positions in `draft.text` (code points, end exclusive), or None for the whole draft.
    """

    kind: str
    kind_label: str
    message: str
    severity: Severity
    start: int | None = None
    end: int | None = None

    def excerpt(self, text: str) -> str:
        return text[self.start : self.end] if self.start is not None and self.end is not None else ""


def matches(
    pattern: re.Pattern[str],
    text: str,
    *,
    kind: str,
    kind_label: str,
    severity: Severity,
    message: Callable[[str], str],
    group: int | str = 0,
) -> list[Finding]:
    """A finding for each match of `pattern` (its `group`), with `message(matched text)`: for rules that are
    one regular expression."""
    return [
        Finding(
            kind=kind,
            kind_label=kind_label,
            message=message(found.group(group)),
            severity=severity,
            start=found.start(group),
            end=found.end(group),
        )
        for found in pattern.finditer(text)
    ]
