"""Too long for the platform, counted as the platform counts (see platforms.py)."""

from community.postcheck.draft import Draft, Finding, Severity
from community.postcheck.platforms import length_on, platform_for


def check(draft: Draft) -> list[Finding]:
    platform = platform_for(draft.platform)
    length = length_on(platform, draft.text)
    if length <= platform.limit:
        return []
    return [
        Finding(
            kind="too-long",
            kind_label="Too long",
            message=(
                f"{length:,} characters as {platform.label} counts them ({platform.how}): "
                f"{length - platform.limit:,} over its limit of {platform.limit:,}."
            ),
            severity=Severity.PROBLEM,
        )
    ]
