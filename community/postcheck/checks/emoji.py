"""More than three emoji in a row: a screen reader reads out every one of their names."""

from twitter_text import extract_emojis_with_indices

from community.postcheck.draft import Draft, Finding, Severity

MOST_IN_A_ROW = 3


def _runs(text: str) -> list[tuple[int, int, int]]:
    """(start, end, how many) for each run of emoji next to each other (spaces between still count as a row)."""
    runs: list[list[int]] = []
    for found in extract_emojis_with_indices(text):
        start, end = found["indices"]
        if runs and not text[runs[-1][1] : start].strip(" "):
            runs[-1][1] = end
            runs[-1][2] += 1
        else:
            runs.append([start, end, 1])
    return [(start, end, count) for start, end, count in runs]


def check(draft: Draft) -> list[Finding]:
    return [
        Finding(
            kind="emoji-run",
            kind_label="Many emoji in a row",
            message=(
                f"{count} emoji in a row. A screen reader reads out each one's name; "
                f"keep it to {MOST_IN_A_ROW} or fewer."
            ),
            severity=Severity.ADVICE,
            start=start,
            end=end,
        )
        for start, end, count in _runs(draft.text)
        if count > MOST_IN_A_ROW
    ]
