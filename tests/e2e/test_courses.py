"""Courses and guidelines in a real browser: a lesson taken to completion, a guideline acknowledged by
keyboard alone, and axe-core on every new page type."""

import re

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect
from wagtail.documents.models import Document
from wagtail.images.tests.utils import get_test_image_file

from community.factories import MemberFactory
from courses.factories import CoursePageFactory, GuidelinePageFactory, LessonPageFactory
from courses.models import CourseIndexPage, GuidelineIndexPage, LessonCompletion
from home.models import PostwiseImage
from tests.courses.conftest import publish
from tests.e2e.focus import assert_visible_focus, tab_until

pytestmark = pytest.mark.e2e


def every_block() -> list[dict]:
    image = PostwiseImage.objects.create(title="Card", description="", file=get_test_image_file())
    document = Document.objects.create(
        title="Checklist", file=ContentFile(b"Before you post", name="checklist.txt"), file_size=15
    )
    return [
        {"type": "heading", "value": {"text": "Before you post", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Pause and ask <a href='/'>five questions</a>.</p>"},
        {"type": "image", "value": {"image": image.pk, "alt_text": "Five questions on a card", "caption": "The card"}},
        {"type": "do_dont", "value": {"title": "Replies", "do": ["Say thank you"], "dont": ["Argue"]}},
        {"type": "quote", "value": {"quote": "Be a helpful neighbour.", "attribution": "Head of service"}},
        {"type": "document", "value": {"document": document.pk, "link_text": "", "description": "Print it"}},
        {
            "type": "scenario",
            "value": {
                "situation": "A resident tags us in a photo of a full bin.",
                "question": "What would you do?",
                "answer": "<p>Thank them and pass the street to the crew.</p>",
            },
        },
    ]


@pytest.fixture
def induction(page):
    course = CoursePageFactory(
        parent=CourseIndexPage.objects.get(), title="Induction", slug="induction", required_for_all=True
    )
    LessonPageFactory(parent=course, title="Think before you post", slug="think", body=every_block())
    LessonPageFactory(parent=course, title="Recovering from a mistake", slug="recovering")
    return course


@pytest.fixture
def guideline(page):
    guideline = GuidelinePageFactory(
        parent=GuidelineIndexPage.objects.get(), title="Personal use", slug="personal-use", version="2.0"
    )
    publish(guideline)
    return guideline


def test_take_the_induction_to_completion(page, login_as, assert_accessible, induction):
    member = MemberFactory(email="learner@example.org")
    login_as(page, member.email)

    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Courses").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Courses")
    assert_accessible(page)
    page.get_by_role("link", name="Induction").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Induction")
    expect(page.get_by_text("Your progress: 0%")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name=re.compile("Start the course")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Think before you post")
    page.get_by_text("Show what we would do").click()
    expect(page.get_by_text("Thank them and pass the street to the crew.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Mark this lesson complete").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Recovering from a mistake")
    expect(page.get_by_role("alert", name="Success")).to_contain_text("Lesson complete")
    expect(page.get_by_text("Course progress: 50%")).to_be_visible()
    page.get_by_role("button", name="Mark this lesson complete").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Induction")
    expect(page.get_by_role("alert", name="Success")).to_contain_text("You have completed the course")
    expect(page.get_by_text("You completed this course on")).to_be_visible()
    assert_accessible(page)
    assert LessonCompletion.objects.filter(member=member).count() == 2

    page.goto("/my-path/")
    expect(page.get_by_text("Complete “Induction”")).to_be_visible()
    expect(page.get_by_text(re.compile("Completed on"))).to_be_visible()


def test_acknowledge_a_guideline_by_keyboard_alone(page, login_as, assert_accessible, guideline):
    member = MemberFactory(email="reader@example.org")
    login_as(page, member.email)
    page.goto("/guidelines/")
    assert_accessible(page)

    tab_until(page, lambda element: element["text"] == "Personal use")
    assert_visible_focus(page)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Personal use")
    assert_accessible(page)

    tab_until(page, lambda element: element["text"] == "I have read and will follow these guidelines")
    assert_visible_focus(page)
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert", name="Success")).to_contain_text("You have acknowledged “Personal use”")
    expect(page.get_by_text("You acknowledged version 2.0 on")).to_be_visible()
    assert_accessible(page)

    page.goto("/guidelines/")
    expect(page.get_by_text("Acknowledged", exact=True)).to_be_visible()


def test_refusal_page_and_optional_course_are_accessible(page, login_as, assert_accessible):
    course = CoursePageFactory(parent=CourseIndexPage.objects.get(), title="Managing an account", slug="managing")
    LessonPageFactory(parent=course, title="Credentials", slug="credentials")
    member = MemberFactory(email="visitor@example.org")
    login_as(page, member.email)
    page.goto(course.url)
    expect(page.get_by_role("button", name="Join this course")).to_be_visible()
    assert_accessible(page)
    page.goto(f"{course.url}credentials/")
    expect(page.get_by_role("link", name="Join the course")).to_be_visible()
    assert_accessible(page)
    page.goto(course.url)
    page.get_by_role("button", name="Join this course").click()
    expect(page.get_by_role("alert", name="Success")).to_contain_text("You are on the course")
    expect(page.get_by_role("button", name=re.compile("Start the course"))).to_be_visible()
