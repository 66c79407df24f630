from django.urls import reverse

from community.levels import Level
from community.path_steps import PathStep
from community.viewer import ViewerFacts


def check_before_posting(*, member, facts: ViewerFacts) -> list[PathStep]:
    """Corporate users and account managers post for the organisation: remind them of the check. No queries."""
    if not facts.at_least(Level.CORPORATE_USER):
        return []
    return [
        PathStep(
            title="Check a post before you publish",
            description="Paste a draft to check its length, personal data, links and accessibility. Never stored.",
            url=reverse("postcheck:check"),
            order=70,
        )
    ]
