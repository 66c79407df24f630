"""Issue 14: a page is found by its whole address in one step, and view restrictions are read only when some exist."""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from community.page_serving import ANY_RESTRICTION_KEY, any_view_restriction
from courses.factories import LessonPageFactory
from courses.selectors import live_lessons

pytestmark = pytest.mark.django_db


def _warm(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [query["sql"] for query in captured.captured_queries]


def test_a_lesson_is_found_by_its_address_in_one_query_not_two_per_level(client, basic_member, make_course):
    course = make_course(lessons=2, title="Induction", slug="induction")
    lesson = live_lessons(course=course)[1]
    client.force_login(basic_member)
    response, queries = _warm(client, lesson.url)
    assert response.status_code == 200 and lesson.title in response.content.decode()
    by_address = [sql for sql in queries if '"wagtailcore_page"."url_path" =' in sql]
    assert len(by_address) == 1
    # No walk of the tree by slug, no ancestors read for view restrictions while the site has none.
    assert not [sql for sql in queries if "BETWEEN" in sql and '"wagtailcore_page"."slug"' in sql]
    assert not [sql for sql in queries if "wagtailcore_pageviewrestriction" in sql]


def test_unknown_addresses_and_draft_pages_are_still_not_found(client, basic_member, make_course):
    course = make_course(lessons=1, title="Induction", slug="induction")
    draft = LessonPageFactory(parent=course, title="Draft", slug="draft")
    draft.live = False
    draft.save()
    client.force_login(basic_member)
    assert client.get(course.url + "no-such-lesson/").status_code == 404
    assert client.get(course.url + "lesson-1/extra/").status_code == 404
    assert client.get(course.url + "draft/").status_code == 404


def test_a_moved_slug_is_served_at_its_new_address(client, basic_member, make_course):
    course = make_course(lessons=1, title="Induction", slug="induction")
    old_url = course.url
    course.slug = "welcome"
    course.save_revision().publish()
    client.force_login(basic_member)
    assert client.get("/courses/welcome/lesson-1/").status_code == 200
    assert client.get(old_url + "lesson-1/").status_code == 404


def test_a_new_view_restriction_applies_at_once(client, basic_member, make_course):
    course = make_course(lessons=1, title="Induction", slug="induction")
    lesson = live_lessons(course=course)[0]
    client.force_login(basic_member)
    assert _warm(client, lesson.url)[0].status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="letmein-please"
    )
    response = client.get(lesson.url)
    assert response.status_code == 200 and "letmein" not in response.content.decode()
    assert 'name="password"' in response.content.decode()  # Wagtail's password form, not the lesson
    restriction.delete()
    assert lesson.title in client.get(lesson.url).content.decode()


def test_a_restriction_counts_once_its_transaction_commits_even_if_a_reader_cached_none_meanwhile(
    make_course, django_capture_on_commit_callbacks
):
    course = make_course(lessons=1, title="Induction", slug="induction")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
        # Another request, which cannot see the uncommitted row yet, caches "no restriction".
        cache.set(ANY_RESTRICTION_KEY, False)
    assert any_view_restriction() is True
