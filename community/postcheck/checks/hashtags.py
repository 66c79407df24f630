"""Hashtags of several words should be in CamelCase (#BinCollection), so screen readers say the words.

We cannot know for sure that a hashtag joins words, so a long one all in lower case (or all in capitals)
is flagged as advice: #bincollection and #BINCOLLECTION are, #york, #NHS and #BinCollection are not.
"""

import re

from community.postcheck.draft import Draft, Finding, Severity

HASHTAG = re.compile(r"(?<![\w&#])#([^\W\d_][\w]*)")
LONGEST_SINGLE_WORD = 7  # longer than this, a one-case hashtag probably joins words


def _one_case(tag: str) -> bool:
    letters = [character for character in tag if character.isalpha()]
    return len(letters) > LONGEST_SINGLE_WORD and (tag.lower() == tag or tag.upper() == tag)


def check(draft: Draft) -> list[Finding]:
    return [
        Finding(
            kind="hashtag-case",
            kind_label="Hashtag not in CamelCase",
            message=(
                f"“#{found.group(1)}”: if it joins words, give each a capital (like #BinCollection) "
                "so that screen readers say the words."
            ),
            severity=Severity.ADVICE,
            start=found.start(),
            end=found.end(),
        )
        for found in HASHTAG.finditer(draft.text)
        if _one_case(found.group(1))
    ]
