"""A reminder to add alt text when the draft mentions a picture (once, at the first mention)."""

import re

from community.postcheck.draft import Draft, Finding, Severity

PICTURE = re.compile(
    r"\b(?:photos?|pictures?|pics?|images?|graphics?|infographics?|screenshots?|posters?|maps?|charts?|gifs?)\b"
    r"|[\U0001F4F7\U0001F4F8\U0001F5BC]",  # camera, camera with flash, framed picture
    re.IGNORECASE,
)


def check(draft: Draft) -> list[Finding]:
    found = PICTURE.search(draft.text)
    if found is None:
        return []
    return [
        Finding(
            kind="alt-text",
            kind_label="Alt text reminder",
            message=(
                f"The post mentions a picture (“{found.group()}”). When you add it, write alt text that says "
                "what it shows, and put any words in the picture into the post or the alt text."
            ),
            severity=Severity.ADVICE,
            start=found.start(),
            end=found.end(),
        )
    ]
