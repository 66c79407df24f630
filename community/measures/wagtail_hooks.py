from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from community.measures import builtin, demo, personal_data
from community.measures.dashboard import headline_results
from community.measures.filters import Filters
from community.measures.units import HOOK, Measure, Scope
from community.permissions import permissions

# Which figures the admin dashboard's panel shows: (measure slug, figure label).
HEADLINES = [
    ("levels", "Members"),
    ("levels", "Corporate user"),
    ("levels", "Account manager"),
    ("induction", "Completion"),
    ("quiz", "Pass rate"),
    ("licences", "Expiring within 30 days"),
    ("forum", "Unanswered after 3 days"),
    ("forum", "Flags waiting"),
]


@hooks.register(HOOK, order=10)
def community_measures() -> list[Measure]:
    return [builtin.LevelsNow(), builtin.LevelTrend(), builtin.InductionCompletion()]


@hooks.register(HOOK, order=20)
def learning_measures() -> list[Measure]:
    return [
        builtin.QuizPassRate(),
        builtin.QuizQuestions(),
        builtin.LicenceRenewals(),
        builtin.GuidelineAcknowledgements(),
    ]


@hooks.register(HOOK, order=30)
def forum_measures() -> list[Measure]:
    return [builtin.ForumActivity()]


@hooks.register(HOOK, order=40)
def account_measures() -> list[Measure]:
    return [
        builtin.AccountsWithoutLicensedManager(),
        builtin.OverdueReviews(),
    ]


class MeasuresPanel(Component):
    """The headline figures on the Wagtail admin's dashboard, with a link to the whole dashboard."""

    name = "measures"
    order = 50
    template_name = "measures/admin_panel.html"

    def __init__(self, figures: list[tuple[str, str]], computed_at) -> None:
        self.figures = figures
        self.computed_at = computed_at

    def get_context_data(self, parent_context=None):
        return {"figures": self.figures, "computed_at": self.computed_at, "url": reverse("measures:dashboard")}


@hooks.register("construct_homepage_panels")
def add_measures_panel(request, panels) -> None:
    if not permissions.can(request.user, "measures.view"):
        return
    today = timezone.localdate()
    # Only the measures the panel shows: a cold cache must not compute the whole dashboard here.
    results, computed_at = headline_results(
        slugs={slug for slug, _ in HEADLINES}, filters=Filters.default(today=today), scope=Scope(), today=today
    )
    figures = []
    for slug, label in HEADLINES:
        result = results.get(slug)
        value = dict(result.figures).get(label) if result else None
        if value is not None:
            figures.append((f"{label}" if slug != "quiz" else f"Licence quiz: {label.lower()}", value))
    panels.append(MeasuresPanel(figures, computed_at))


class FlaggedQuestionsPanel(Component):
    """Dashboard: licence quiz questions the measures flag as too easy or too hard, each with its editor."""

    name = "flagged_questions"
    order = 240
    template_name = "measures/flagged_questions_panel.html"

    def __init__(self, flagged: list[tuple[str, str, str]], computed_at) -> None:
        self.flagged = flagged
        self.computed_at = computed_at

    def get_context_data(self, parent_context=None):
        return {"flagged": self.flagged, "computed_at": self.computed_at, "url": reverse("measures:dashboard")}


@hooks.register("construct_homepage_panels")
def add_flagged_questions_panel(request, panels) -> None:
    """Courses sit below this app, so the panel lives here and reads the "questions" measure."""
    if not (permissions.can(request.user, "courses.author") and permissions.can(request.user, "measures.view")):
        return
    today = timezone.localdate()
    # Only the "questions" measure: a cold cache must not compute the whole dashboard here.
    results, computed_at = headline_results(
        slugs={"questions"}, filters=Filters.default(today=today), scope=Scope(), today=today
    )
    result = results.get("questions")
    if result is None or result.unavailable:
        return
    links = result.row_links or [None] * len(result.rows)
    flagged = [(row[0], row[-1], link.url) for row, link in zip(result.rows, links, strict=False) if row[-1] and link]
    panels.append(FlaggedQuestionsPanel(flagged, computed_at))


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_measures_demo, order=75)

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=68)
