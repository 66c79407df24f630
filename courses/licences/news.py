"""What the holder is told when a champion suspends, revokes or reinstates their licence: the change, the
reason and what to do next. Sent by email (a task) and, through `licence_status_changed`, in the site."""

from dataclasses import dataclass

from django.dispatch import Signal

from courses.licences.models import Licence

# Sent inside the change's transaction with licence, change ("suspend", "revoke", "reinstate") and news.
licence_status_changed = Signal()

NEXT_STEPS = {
    "suspend": "Do not post for the organisation while your licence is suspended. A customer service champion "
    "can tell you what is needed for it to be reinstated.",
    "revoke": "You may no longer post for the organisation. If you think this is a mistake, speak to a customer "
    "service champion: they can tell you whether and when you may earn a licence again.",
    "reinstate": "You may post for the organisation again. Your licence is valid until {expires}, and your "
    "certificate is on My path.",
}
PAST_TENSE = {"suspend": "suspended", "revoke": "revoked", "reinstate": "reinstated"}


@dataclass(frozen=True)
class LicenceNews:
    subject: str
    message: str


def news_for(*, licence: Licence, change: str, reason: str) -> LicenceNews | None:
    """The holder's news for a change, or None for changes that send nothing (approval has its own page)."""
    if change not in NEXT_STEPS:
        return None
    done = PAST_TENSE[change]
    next_step = NEXT_STEPS[change].format(expires=f"{licence.expires_on:%-d %B %Y}")
    return LicenceNews(
        subject=f"Your {licence.licence_type} has been {done}",
        message=f"A customer service champion has {done} your {licence.licence_type}. "
        f"The reason given: {reason} What to do next: {next_step}",
    )
