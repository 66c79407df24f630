import pytest

from courses.factories import CoursePageFactory, GuidelinePageFactory, LessonPageFactory
from courses.models import CourseIndexPage, GuidelineIndexPage


def publish(page):
    """Publish the page's current state as a revision, as an editor would."""
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return revision


@pytest.fixture
def course_index(db):
    return CourseIndexPage.objects.get()


@pytest.fixture
def guideline_index(db):
    return GuidelineIndexPage.objects.get()


@pytest.fixture
def make_course(course_index):
    def make(*, lessons: int = 3, **fields):
        course = CoursePageFactory(parent=course_index, **fields)
        for number in range(1, lessons + 1):
            LessonPageFactory(parent=course, title=f"{course.title}: lesson {number}", slug=f"lesson-{number}")
        return course

    return make


@pytest.fixture
def optional_course(make_course):
    return make_course(title="Representing the organisation", slug="representing")


@pytest.fixture
def induction(make_course):
    return make_course(title="Induction", slug="induction", required_for_all=True)


@pytest.fixture
def make_guideline(guideline_index):
    def make(**fields):
        guideline = GuidelinePageFactory(parent=guideline_index, **fields)
        publish(guideline)
        return guideline

    return make
