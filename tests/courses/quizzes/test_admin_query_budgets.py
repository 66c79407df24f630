"""Query budgets for the question bank's admin views and the time adjustments page: flat with data. Each
is measured with a little data, then must take no more queries with much more."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.factories import MemberFactory
from courses.quizzes.factories import QuestionFactory, QuestionPoolFactory
from courses.quizzes.services import set_time_adjustment

pytestmark = pytest.mark.django_db
IMPORT_URL = "/admin/quizzes/import/"


def queries(client, method: str, url: str, data=None) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url, data) if data is not None else getattr(client, method)(url)
    assert response.status_code == 200, response.status_code
    return len(captured)


def gift(count: int) -> str:
    return "\n\n".join(f"Question {n}?{{=right#Yes. ~wrong#No. ~also wrong}}" for n in range(count))


def test_the_import_check_is_flat_with_the_questions_in_the_file(author_client):
    pool = QuestionPoolFactory(name="Imported")
    url = IMPORT_URL
    few = queries(author_client, "post", url, {"pool": pool.pk, "format": "gift", "text": gift(2)})
    many = queries(author_client, "post", url, {"pool": pool.pk, "format": "gift", "text": gift(40)})
    assert many <= few


def test_the_import_form_is_flat_with_the_pools(author_client):
    QuestionPoolFactory(name="Only one")
    few = queries(author_client, "get", IMPORT_URL)
    for n in range(20):
        QuestionPoolFactory(name=f"Pool {n}")
    assert queries(author_client, "get", IMPORT_URL) <= few


def test_the_export_is_flat_with_the_questions_in_the_pool(author_client):
    pool = QuestionPoolFactory(name="Exported")
    QuestionFactory(pool=pool)
    url = reverse("quizzes_admin:export", args=[pool.pk])
    few = queries(author_client, "get", url)
    for _ in range(15):
        QuestionFactory(pool=pool, options=[("Yes", True), ("No", False), ("Maybe", False), ("Later", False)])
    assert queries(author_client, "get", url) <= few


def test_the_question_preview_is_flat_with_its_options(author_client):
    small = QuestionFactory(options=[("Yes", True), ("No", False)])
    large = QuestionFactory(options=[("Yes", True)] + [(f"No {n}", False) for n in range(12)])

    def preview(question) -> int:
        url = reverse(
            "wagtailsnippets_quizzes_question:revisions_view", args=[question.pk, question.latest_revision_id]
        )
        return queries(author_client, "get", url)

    preview(small)  # the first admin page of a session reads more (site, settings): not counted
    few = preview(small)
    assert preview(large) <= few


def test_the_time_adjustments_page_is_flat_with_adjustments(author_client, champion):
    url = reverse("quizzes:time_adjustments")

    def adjust(count: int) -> None:
        for _ in range(count):
            set_time_adjustment(
                member=MemberFactory(),
                extra_minutes=15,
                no_limit=False,
                reason="Agreed",
                by=champion,
                now=timezone.now(),
            )

    adjust(1)
    few = queries(author_client, "get", url)
    adjust(20)
    assert queries(author_client, "get", url) <= few


def test_the_question_list_is_flat_with_questions_in_many_pools(author_client):
    """The list shows each question's pool: read with the questions, not once per row."""
    QuestionFactory(pool=QuestionPoolFactory(name="First"))
    url = reverse("wagtailsnippets_quizzes_question:list")
    few = queries(author_client, "get", url)
    for n in range(12):
        QuestionFactory(pool=QuestionPoolFactory(name=f"Pool {n}"))
    assert queries(author_client, "get", url) <= few
