from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from community.measures import builtin, demo
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


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_measures_demo, order=75)
