"""Course, lesson, index and My path pages cost a fixed number of queries, whatever the data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.levels import Level
from community.models import Member
from community.viewer import facts_for
from courses.factories import LessonPageFactory
from courses.models import Enrolment, LessonCompletion
from courses.my_path_steps import course_steps, guideline_steps
from courses.selectors import live_lessons
from courses.services import complete_lesson

pytestmark = pytest.mark.django_db

# Cold requests (empty caches) included.
COURSE_PAGE_BUDGET = 28
LESSON_PAGE_BUDGET = 29
# Warm requests (issue 14: no page above 15): the site, the root page, the page by its address and its
# specific row (community/page_serving.py), the member, then the course's lessons, completions and enrolment.
COURSE_PAGE_WARM = 10
LESSON_PAGE_WARM = 10


def queries_for(client, url) -> int:
    """Queries for a warm request (caches such as Wagtail's site root paths filled by a first one)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def big_course(make_course):
    course = make_course(lessons=2, title="Induction", slug="induction", required_for_all=True)
    return course


def grow(course, *, lessons: int, members: int):
    """Bring the course to `lessons` lessons and add `members` members who completed all of them."""
    for number in range(len(live_lessons(course=course)) + 1, lessons + 1):
        LessonPageFactory(parent=course, title=f"Lesson {number}", slug=f"lesson-{number}")
    Member.objects.bulk_create(
        Member(email=f"bulk{number}@example.org", password="!", department="Libraries") for number in range(members)
    )
    crowd = list(Member.objects.filter(email__startswith="bulk").values_list("pk", flat=True))
    Enrolment.objects.bulk_create(Enrolment(member_id=pk, course=course, completed_at=timezone.now()) for pk in crowd)
    few = crowd[:200]
    LessonCompletion.objects.bulk_create(
        LessonCompletion(member_id=pk, lesson=lesson) for pk in few for lesson in live_lessons(course=course)
    )


def test_course_and_lesson_pages_do_not_grow_with_lessons_or_members(
    client, basic_member, big_course, course_index, make_guideline
):
    client.force_login(basic_member)
    make_guideline(title="Personal use")
    complete_lesson(member=basic_member, lesson=live_lessons(course=big_course)[0], course=big_course)
    urls = lambda: [  # noqa: E731
        big_course.url,
        live_lessons(course=big_course)[1].url,
        course_index.url,
        reverse("home:my_path"),
    ]
    small = [queries_for(client, url) for url in urls()]

    grow(big_course, lessons=50, members=10_000)
    for lesson in live_lessons(course=big_course)[:25]:
        complete_lesson(member=basic_member, lesson=lesson, course=big_course)
    assert len(live_lessons(course=big_course)) == 50 and Member.objects.count() > 10_000

    large = [queries_for(client, url) for url in urls()]
    assert large == small
    course_queries, lesson_queries, index_queries, my_path_queries = large
    assert course_queries <= COURSE_PAGE_WARM
    assert lesson_queries <= LESSON_PAGE_WARM
    print(
        f"queries: course {course_queries}, lesson {lesson_queries}, index {index_queries}, my path {my_path_queries}"
    )


def test_course_page_budget(client, basic_member, big_course, django_assert_max_num_queries):
    grow(big_course, lessons=50, members=10_000)
    client.force_login(basic_member)
    with django_assert_max_num_queries(COURSE_PAGE_BUDGET):
        assert client.get(big_course.url).status_code == 200
    with django_assert_max_num_queries(LESSON_PAGE_BUDGET):
        assert client.get(live_lessons(course=big_course)[49].url).status_code == 200


def test_my_path_course_steps_use_two_queries(basic_member, make_course, make_guideline, django_assert_num_queries):
    for number in range(5):
        make_course(lessons=2, title=f"Course {number}", slug=f"course-{number}", audience=Level.CORPORATE_USER)
        make_guideline(title=f"Guideline {number}")
    facts = facts_for(basic_member)
    course_steps(member=basic_member, facts=facts)  # fills Wagtail's site root paths cache
    with django_assert_num_queries(2):
        assert len(course_steps(member=basic_member, facts=facts)) == 5
        assert len(guideline_steps(member=basic_member, facts=facts)) == 5
