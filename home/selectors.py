from dataclasses import dataclass

from django.utils import timezone

from community.home_panels import HomePanel, panels_for
from community.levels import Level
from community.notifications.models import EmailPreference
from community.notifications.selectors import frequency_for
from community.path_steps import PathStep, steps_for
from community.viewer import ViewerFacts
from courses.licences.selectors import current_licences_of
from courses.models import GuidelineAcknowledgement

LEVEL_SUMMARIES = {
    Level.BASIC: "You can take induction, read the guidelines, join the enthusiasts' forum, reach the basic "
    "list of sites and follow the organisation's official accounts in the social hub.",
    Level.CORPORATE_USER: "You hold the corporate user licence. You can post for the organisation, join the "
    "corporate users' community, reach every approved site and apply for an official account.",
    Level.ACCOUNT_MANAGER: "You manage an official account. You can join the account managers' community and "
    "record your account's measures and incidents.",
}

NEXT_LEVEL_ROUTES = {
    Level.BASIC: "Take the “Representing the organisation” course and pass its quiz to earn the corporate "
    "user licence — “a licence to tweet”.",
    Level.CORPORATE_USER: "Apply for an official account, or ask an account coordinator to name you as a "
    "manager of an existing one.",
}


@dataclass(frozen=True)
class MyPath:
    level: Level
    level_summary: str
    next_level: Level | None
    next_level_route: str
    steps_now: list[PathStep]
    steps_to_next_level: list[PathStep]

    @property
    def progress_percent(self) -> int:
        return round(100 * (self.level.value - 1) / (len(Level) - 1))


def my_path_for(*, member, facts: ViewerFacts) -> MyPath:
    level = facts.level or Level.BASIC
    next_level = Level(level + 1) if level < Level.ACCOUNT_MANAGER else None
    steps = steps_for(member=member, facts=facts)
    return MyPath(
        level=level,
        level_summary=LEVEL_SUMMARIES[level],
        next_level=next_level,
        next_level_route=NEXT_LEVEL_ROUTES.get(level, ""),
        steps_now=[step for step in steps if step.towards is None],
        steps_to_next_level=[step for step in steps if step.towards is not None and step.towards == next_level],
    )


def next_step(*, my_path: MyPath) -> PathStep | None:
    """The first step not done: at the member's level first, then towards the next."""
    return next((step for step in [*my_path.steps_now, *my_path.steps_to_next_level] if not step.done), None)


def home_panels_for(*, member, facts: ViewerFacts) -> list[HomePanel]:
    """The signed-in home page: every feature's panel (community.home_panels), in hook order, queues first."""
    panels = panels_for(member=member, facts=facts)
    return [panel for panel in panels if panel.queue] + [panel for panel in panels if not panel.queue]


ACKNOWLEDGEMENTS_SHOWN = 50


def account_overview(*, member, facts: ViewerFacts) -> dict:
    """What "Your account" shows besides the form: four queries whatever the member's history."""
    today = timezone.localdate()
    acknowledgements = list(
        GuidelineAcknowledgement.objects.filter(member=member)
        .select_related("version__guideline")
        .order_by("-acknowledged_at", "-pk")[:ACKNOWLEDGEMENTS_SHOWN]
    )
    return {
        "level": facts.level,
        "roles": sorted(role.value for role in facts.roles),
        "licences": [
            {"licence": licence, "valid": licence.is_valid_on(today)} for licence in current_licences_of(holder=member)
        ],
        "email_frequency": EmailPreference.Frequency(frequency_for(member=member)).label,
        "acknowledgements": acknowledgements,
    }
