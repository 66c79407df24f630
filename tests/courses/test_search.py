"""Courses, lessons and guidelines are found through Wagtail search (the database backend here)."""

import pytest
from wagtail.models import Page

from courses.factories import LessonPageFactory
from courses.models import CoursePage, GuidelinePage, LessonPage

pytestmark = pytest.mark.django_db


def test_search_finds_lesson_body_course_summary_and_guideline(make_course, make_guideline):
    course = make_course(lessons=0, title="Representing us", slug="representing", summary="Tone and honesty online.")
    LessonPageFactory(
        parent=course,
        title="The risks",
        body=[{"type": "paragraph", "value": "<p>Defamation can cost the council dearly.</p>"}],
    )
    make_guideline(title="Personal use", summary="Your own accounts, and declaring your employer.")

    assert [page.title for page in LessonPage.objects.live().search("defamation")] == ["The risks"]
    assert [page.title for page in CoursePage.objects.live().search("honesty")] == ["Representing us"]
    assert [page.title for page in GuidelinePage.objects.live().search("employer")] == ["Personal use"]
    found = {page.specific_class for page in Page.objects.live().search("defamation")}
    assert LessonPage in found


def test_fields_are_indexed():
    indexed = {
        model: {field.field_name for field in model.search_fields} for model in (CoursePage, LessonPage, GuidelinePage)
    }
    assert {"title", "summary", "introduction"} <= indexed[CoursePage]
    assert {"title", "summary", "body"} <= indexed[LessonPage]
    assert {"title", "summary", "body"} <= indexed[GuidelinePage]
