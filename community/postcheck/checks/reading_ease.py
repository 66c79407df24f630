"""Reading ease (Flesch, by `textstat`), against the organisation's target set by champions in the admin.

Higher is easier: 60–70 is plain English. Links, @mentions and #hashtags are left out of the score, and very
short drafts are not scored: the score means little there.
"""

import re

import textstat

from community.postcheck.draft import Draft, Finding, Severity
from community.postcheck.platforms import links_in
from community.postcheck.selectors import reading_ease_target

FEWEST_WORDS = 15


MENTION_OR_HASHTAG = re.compile(r"[@#]\w[\w.@-]*")


def prose(text: str) -> str:
    """The draft without its links, @mentions and #hashtags."""
    for _, start, end in reversed(links_in(text)):
        text = text[:start] + text[end:]
    return MENTION_OR_HASHTAG.sub("", text)


def score(text: str) -> float | None:
    text = prose(text)
    if textstat.lexicon_count(text) < FEWEST_WORDS:
        return None
    return round(textstat.flesch_reading_ease(text))


def check(draft: Draft) -> list[Finding]:
    ease = score(draft.text)
    target = reading_ease_target()
    if ease is None or ease >= target:
        return []
    return [
        Finding(
            kind="reading-ease",
            kind_label="Hard to read",
            message=(
                f"Reading ease {ease:.0f}, below the organisation's target of {target}. "
                "Shorter sentences and everyday words make it easier."
            ),
            severity=Severity.ADVICE,
        )
    ]
