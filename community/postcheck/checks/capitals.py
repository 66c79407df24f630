"""Text in capitals: harder to read, read letter by letter by some screen readers, and reads as shouting.

Short acronyms (NHS, DVLA) are fine. Flagged: a run of two or more words in capitals with 10 letters or more
between them ("PLEASE READ THIS"), or one word in capitals of 8 letters or more ("IMPORTANT").
"""

import re

from community.postcheck.draft import Draft, Finding, Severity

CAPITAL_WORD = r"[A-Z][A-Z'’]*[A-Z]"
RUN = re.compile(rf"\b{CAPITAL_WORD}(?:[\s,.!?:;-]+{CAPITAL_WORD})*\b")
FEWEST_LETTERS_IN_A_RUN = 10
FEWEST_LETTERS_IN_A_WORD = 8


def _shouting(run: str) -> bool:
    words = re.findall(CAPITAL_WORD, run)
    letters = sum(len(word) for word in words)
    return (len(words) > 1 and letters >= FEWEST_LETTERS_IN_A_RUN) or any(
        len(word) >= FEWEST_LETTERS_IN_A_WORD for word in words
    )


def check(draft: Draft) -> list[Finding]:
    return [
        Finding(
            kind="capitals",
            kind_label="Text in capitals",
            message=(
                f"“{found.group()}” is in capitals: harder to read, and it reads as shouting. "
                "Use ordinary capitals, and bold or a new line for emphasis."
            ),
            severity=Severity.ADVICE,
            start=found.start(),
            end=found.end(),
        )
        for found in RUN.finditer(draft.text)
        if _shouting(found.group())
    ]
