"""The dashboard's queries do not grow with the data: 20,000 members and 200,000 quiz attempts.

The figures are aggregated in the database, so the number of queries depends on the measures and the
number of months, never on the number of members, attempts, topics or accounts.
"""

import datetime
import re

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks

from community.factories import OfficialAccountFactory
from community.measures.units import HOOK, Measure
from community.measures.wagtail_hooks import HEADLINES, add_measures_panel
from community.models import Member
from courses.factories import CoursePageFactory
from courses.licences.factories import LicenceTypeFactory
from courses.licences.models import Licence
from courses.models import CourseIndexPage, Enrolment
from courses.quizzes.factories import QuizPageFactory
from courses.quizzes.models import QuizAttempt

MEMBERS = 20_000
ATTEMPTS_EACH = 3  # 60,000 attempts: the count must not move from "almost nothing" (below); more only costs time
# The viewer's facts, session and user; then each measure's few queries (12 months of levels, medians, ...),
# and one each for the post check's drafts per week and findings by kind.
DASHBOARD_QUERIES = 58

pytestmark = pytest.mark.django_db


def seed(*, members: int, attempts_each: int) -> None:
    course = CoursePageFactory(parent=CourseIndexPage.objects.get(), required_for_all=True)
    quiz = QuizPageFactory(parent=course)
    licence_type = LicenceTypeFactory(quiz=quiz)
    joined = timezone.now() - datetime.timedelta(days=200)
    departments = ["Libraries", "Highways", "Environment"]
    people = Member.objects.bulk_create(
        (
            Member(email=f"seeded{n}@example.org", department=departments[n % 3], date_joined=joined, password="!")
            for n in range(members)
        ),
        batch_size=2000,
    )
    today = timezone.localdate()
    Licence.objects.bulk_create(
        (
            Licence(
                holder=person,
                licence_type=licence_type,
                status="active",
                issued_on=today - datetime.timedelta(days=100),
                expires_on=today + datetime.timedelta(days=n % 300 + 1),
                verification_code=f"seeded-code-{n}",
            )
            for n, person in enumerate(people[::2])
        ),
        batch_size=2000,
    )
    Enrolment.objects.bulk_create(
        (
            Enrolment(member=person, course=course, completed_at=joined + datetime.timedelta(days=3))
            for person in people[::3]
        ),
        batch_size=2000,
    )
    started = timezone.now() - datetime.timedelta(days=30)
    QuizAttempt.objects.bulk_create(
        (
            QuizAttempt(
                quiz=quiz,
                member=person,
                number=number,
                status="submitted",
                started_at=started,
                submitted_at=started,
                passed=number == attempts_each,
            )
            for person in people
            for number in range(1, attempts_each + 1)
        ),
        batch_size=5000,
    )
    for n in range(3):
        OfficialAccountFactory(managers=people[n : n + 2], department=departments[n])


def dashboard_queries(client, django_assert_max_num_queries) -> None:
    cache.clear()
    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        response = client.get(reverse("measures:dashboard"))
    assert response.status_code == 200


def test_the_dashboard_query_count_holds_with_20000_members_and_60000_attempts(
    client, champion, django_assert_max_num_queries
):
    seed(members=MEMBERS, attempts_each=ATTEMPTS_EACH)
    assert Member.objects.count() >= MEMBERS and QuizAttempt.objects.count() == MEMBERS * ATTEMPTS_EACH
    client.force_login(champion)
    dashboard_queries(client, django_assert_max_num_queries)
    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        assert client.get(reverse("measures:measure_csv", args=["questions"])).status_code == 200


def test_the_same_budget_holds_with_almost_nothing(client, champion, django_assert_max_num_queries):
    seed(members=10, attempts_each=2)
    client.force_login(champion)
    dashboard_queries(client, django_assert_max_num_queries)


PANEL_QUERIES = 30  # the headline measures only: levels, induction, quiz, licences, forum


def panel_html(champion) -> str:
    request = RequestFactory().get("/admin/")
    request.user = champion
    panels = []
    add_measures_panel(request, panels)
    return panels[0].render_html({})


@pytest.mark.parametrize("members", [10, 2_000])
def test_the_admin_panel_on_a_cold_cache_computes_only_the_headline_measures(
    champion, members, django_assert_max_num_queries
):
    seed(members=members, attempts_each=3)
    headline_slugs = {slug for slug, _ in HEADLINES}

    class NotShown(Measure):
        slug = "not-on-the-panel"
        title = "Not on the panel"
        description = "The panel must never compute this."

        def compute(self, *, filters, scope, today):
            raise AssertionError("the admin panel computed a measure it does not show")

    cache.clear()
    with (
        hooks.register_temporarily(HOOK, lambda: [NotShown()]),
        django_assert_max_num_queries(PANEL_QUERIES) as captured,
    ):
        html = panel_html(champion)
    print(f"admin panel queries with {members} members:", len(captured))
    assert "Members" in html and "Licence quiz: pass rate" in html
    assert {"levels", "quiz"} <= headline_slugs


def test_the_admin_panel_reuses_the_whole_dashboard_when_it_is_cached(client, champion, django_assert_max_num_queries):
    seed(members=10, attempts_each=2)
    client.force_login(champion)
    cache.clear()
    page = client.get(reverse("measures:dashboard")).content.decode()
    with django_assert_max_num_queries(3):  # the viewer's facts and the cache; no measure runs
        html = panel_html(champion)
    members = re.search(r"Members</dt>\s*<dd[^>]*>([^<]+)<", html)
    assert members is not None and members.group(1).strip() in page
