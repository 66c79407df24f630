"""Champions preview courses, lessons and guidelines in the admin, new and edited."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.selectors import live_lessons
from tests.community.mfa_helpers import sign_in_with_totp

pytestmark = pytest.mark.django_db


def lesson_form(title: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": "previewed",
            "summary": "",
            "body": streamfield([("paragraph", rich_text("<p>Draft words for the preview.</p>"))]),
        }
    )


def preview(client, url: str, data: dict) -> str:
    response = client.post(url, data)
    assert response.status_code == 200 and response.json()["is_valid"], response.content[:500]
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_preview_an_edited_lesson(client, champion, induction):
    sign_in_with_totp(client, champion)
    lesson = live_lessons(course=induction)[0]
    html = preview(client, reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk]), lesson_form("Edited"))
    assert "<h1" in html and "Edited" in html and "Draft words for the preview." in html


def test_preview_a_new_lesson_and_guideline(client, champion, induction, guideline_index):
    sign_in_with_totp(client, champion)
    url = reverse("wagtailadmin_pages:preview_on_add", args=["courses", "lessonpage", induction.pk])
    assert "Draft words for the preview." in preview(client, url, lesson_form("Brand new"))
    url = reverse("wagtailadmin_pages:preview_on_add", args=["courses", "guidelinepage", guideline_index.pk])
    data = lesson_form("New guidelines") | {"audience": "1", "version": "0.1"}
    html = preview(client, url, data)
    assert "New guidelines" in html and "version 0.1" in html


def test_preview_a_new_course(client, champion, course_index):
    sign_in_with_totp(client, champion)
    url = reverse("wagtailadmin_pages:preview_on_add", args=["courses", "coursepage", course_index.pk])
    data = nested_form_data(
        {
            "title": "New course",
            "slug": "new-course",
            "summary": "Coming soon.",
            "audience": "1",
            "estimated_minutes": "20",
            "introduction": streamfield([]),
        }
    )
    html = preview(client, url, data)
    assert "New course" in html and "This course has no lessons yet." in html
