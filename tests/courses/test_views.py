"""Member actions: access for every role, bad input, double submits, and GET changing nothing."""

import pytest
from django.urls import reverse

from courses.models import Enrolment, LessonCompletion
from courses.selectors import live_lessons
from tests.conftest import ROLE_NAMES

pytestmark = pytest.mark.django_db

MEMBER_ROLES = [role for role in ROLE_NAMES if role != "anonymous"]


def complete_url(lesson):
    return reverse("courses:complete_lesson", args=[lesson.pk])


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_course_pages_are_for_members(role, client_for_role, induction):
    client = client_for_role(role)
    lesson = live_lessons(course=induction)[0]
    for url in [induction.get_parent().url, induction.url, lesson.url]:
        response = client.get(url)
        if role == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        else:
            assert response.status_code == 200
            assert response.content.count(b"<h1") == 1


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_completing_a_lesson_of_a_required_course(role, client_for_role, member_for_role, induction):
    client = client_for_role(role)
    first, second, _ = live_lessons(course=induction)
    response = client.post(complete_url(first))
    if role == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        assert not LessonCompletion.objects.exists()
        return
    assert response.status_code == 302
    assert response["Location"] == second.url
    assert LessonCompletion.objects.filter(member=member_for_role(role), lesson=first).exists()


def test_the_last_lesson_completes_the_course_and_returns_to_it(client, basic_member, induction):
    client.force_login(basic_member)
    for lesson in live_lessons(course=induction):
        response = client.post(complete_url(lesson), follow=True)
    assert response.redirect_chain[-1][0] == induction.url
    assert "You have completed the course" in response.content.decode()
    assert "You completed this course on" in response.content.decode()


def test_double_post_makes_one_record(client, basic_member, induction):
    client.force_login(basic_member)
    lesson = live_lessons(course=induction)[0]
    assert client.post(complete_url(lesson)).status_code == 302
    assert client.post(complete_url(lesson)).status_code == 302
    assert LessonCompletion.objects.filter(member=basic_member, lesson=lesson).count() == 1
    assert Enrolment.objects.filter(member=basic_member, course=induction).count() == 1


def test_get_changes_nothing(client, basic_member, induction, optional_course):
    client.force_login(basic_member)
    lesson = live_lessons(course=induction)[0]
    assert client.get(complete_url(lesson)).status_code == 405
    assert client.get(reverse("courses:enrol", args=[optional_course.pk])).status_code == 405
    assert client.get(reverse("courses:finish", args=[induction.pk])).status_code == 405
    client.get(induction.url)
    client.get(lesson.url)
    assert not LessonCompletion.objects.exists() and not Enrolment.objects.exists()


def test_missing_lesson_is_404(client, basic_member):
    client.force_login(basic_member)
    assert client.post(reverse("courses:complete_lesson", args=[999999])).status_code == 404


def test_lesson_of_an_unpublished_course_is_404(client, basic_member, induction):
    client.force_login(basic_member)
    lesson = live_lessons(course=induction)[0]
    induction.unpublish()  # Wagtail leaves the lessons live: only the course is unpublished.
    assert lesson.__class__.objects.get(pk=lesson.pk).live
    assert client.post(complete_url(lesson)).status_code == 404
    assert not LessonCompletion.objects.exists()


def test_unpublished_lesson_is_404(client, basic_member, induction):
    client.force_login(basic_member)
    lesson = live_lessons(course=induction)[0]
    lesson.unpublish()
    assert client.post(complete_url(lesson)).status_code == 404


def test_lesson_of_a_course_the_member_is_not_on_is_refused_clearly(client, basic_member, optional_course):
    client.force_login(basic_member)
    lesson = live_lessons(course=optional_course)[0]
    response = client.post(complete_url(lesson))
    assert response.status_code == 403
    assert "You are not on this course" in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_another_members_enrolment_does_not_let_you_in(client, basic_member, corporate_member, optional_course):
    Enrolment.objects.create(member=corporate_member, course=optional_course)
    client.force_login(basic_member)
    assert client.post(complete_url(live_lessons(course=optional_course)[0])).status_code == 403


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_self_enrolment(role, client_for_role, member_for_role, optional_course):
    client = client_for_role(role)
    response = client.post(reverse("courses:enrol", args=[optional_course.pk]))
    assert response.status_code == 302
    if role == "anonymous":
        assert not Enrolment.objects.exists()
        return
    assert response["Location"] == optional_course.url
    assert Enrolment.objects.filter(member=member_for_role(role), course=optional_course).count() == 1
    client.post(reverse("courses:enrol", args=[optional_course.pk]))
    assert Enrolment.objects.filter(member=member_for_role(role), course=optional_course).count() == 1
    lesson = live_lessons(course=optional_course)[0]
    assert client.post(complete_url(lesson)).status_code == 302


def test_enrolling_on_an_unpublished_or_missing_course_is_404(client, basic_member, optional_course):
    client.force_login(basic_member)
    optional_course.unpublish()
    assert client.post(reverse("courses:enrol", args=[optional_course.pk])).status_code == 404
    assert client.post(reverse("courses:enrol", args=[999999])).status_code == 404


def test_course_page_offers_join_then_start_then_resume(client, basic_member, optional_course):
    client.force_login(basic_member)
    assert "Join this course" in client.get(optional_course.url).content.decode()
    client.post(reverse("courses:enrol", args=[optional_course.pk]))
    page = client.get(optional_course.url).content.decode()
    first, second, _ = live_lessons(course=optional_course)
    assert "Start the course" in page and f'href="{first.url}"' in page
    client.post(complete_url(first))
    page = client.get(optional_course.url).content.decode()
    assert "Resume where you left off" in page and f'href="{second.url}"' in page
    assert 'value="33"' in page  # the progress bar


def test_finish_view(client, basic_member, induction):
    client.force_login(basic_member)
    first, second, third = live_lessons(course=induction)
    client.post(complete_url(first))
    response = client.post(reverse("courses:finish", args=[induction.pk]))
    assert response.status_code == 409 and "Complete every lesson" in response.content.decode()
    client.post(complete_url(second))
    third.unpublish()
    assert "Finish the course" in client.get(induction.url).content.decode()
    assert client.post(reverse("courses:finish", args=[induction.pk])).status_code == 302
    assert Enrolment.objects.get(member=basic_member, course=induction).completed_at is not None


def test_finish_on_a_course_you_are_not_on(client, basic_member, optional_course):
    client.force_login(basic_member)
    assert client.post(reverse("courses:finish", args=[optional_course.pk])).status_code == 403
