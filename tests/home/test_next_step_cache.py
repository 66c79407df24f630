"""Issue 14: the home page's "Your next step" is kept per member in the cache (home/panels.py), and is made again
as soon as anything My path reads changes. Each test writes one kind of row alone (not through a service that
writes several), so it fails if that row's receiver is missing."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from community.registers.factories import ApplicationFactory
from community.registers.models import Application
from community.roles import Role
from courses.factories import CoursePageFactory, GuidelinePageFactory, LessonPageFactory
from courses.licences.factories import LicenceFactory, LicenceTypeFactory
from courses.licences.models import Licence
from courses.models import (
    CourseIndexPage,
    Enrolment,
    GuidelineAcknowledgement,
    GuidelineIndexPage,
    GuidelineVersion,
    LessonCompletion,
)
from home import panels as home_panels

pytestmark = pytest.mark.django_db


def _next_step(client) -> str:
    html = client.get("/").content.decode()
    start = html.index('id="home-next-step"')
    return html[start : html.index("See all of My path", start)]


def _induction(*, lessons: int = 3):
    course = CoursePageFactory(parent=CourseIndexPage.objects.get(), title="Induction", required_for_all=True)
    for number in range(1, lessons + 1):
        LessonPageFactory(parent=course, title=f"Induction: lesson {number}", slug=f"lesson-{number}")
    return course


@pytest.fixture
def signed_in(client, basic_member):
    client.force_login(basic_member)
    return client


def test_the_panel_costs_no_query_once_kept_and_is_each_members_own(signed_in, client, champion):
    _induction()
    assert "Complete “Induction”" in _next_step(signed_in)
    with CaptureQueriesContext(connection) as captured:
        signed_in.get("/")
    assert not [query for query in captured.captured_queries if "courses_coursepage" in query["sql"]]
    client.force_login(champion)
    assert "Set up two-factor authentication" in _next_step(client)


def test_a_new_course_shows_at_once(signed_in):
    assert "Induction" not in _next_step(signed_in)
    _induction()
    assert "Complete “Induction”" in _next_step(signed_in)


def test_a_deleted_course_leaves_at_once(signed_in):
    course = _induction()
    assert "Complete “Induction”" in _next_step(signed_in)
    course.delete()
    assert "Induction" not in _next_step(signed_in)


def test_an_unpublished_course_leaves_at_once(signed_in):
    course = _induction()
    assert "Complete “Induction”" in _next_step(signed_in)
    course.unpublish()
    assert "Induction" not in _next_step(signed_in)


def test_a_completed_lesson_shows_as_progress(signed_in, basic_member):
    course = _induction()
    assert "0 of 3 lessons done" in _next_step(signed_in)
    LessonCompletion.objects.create(member=basic_member, lesson=course.get_children().first().specific)
    assert "1 of 3 lessons done" in _next_step(signed_in)


def test_a_completed_course_moves_the_member_on(signed_in, basic_member):
    course = _induction()
    assert "Complete “Induction”" in _next_step(signed_in)
    Enrolment.objects.create(member=basic_member, course=course, completed_at=timezone.now())
    assert "Complete “Induction”" not in _next_step(signed_in)


def _guideline(title: str):
    guideline = GuidelinePageFactory(parent=GuidelineIndexPage.objects.get(), title=title)
    revision = guideline.save_revision()
    revision.publish()
    return guideline


def test_an_acknowledgement_moves_the_member_on(signed_in, basic_member):
    guideline = _guideline("Personal use")
    assert "Acknowledge “Personal use”" in _next_step(signed_in)
    version = GuidelineVersion.objects.filter(guideline=guideline).latest("pk")
    GuidelineAcknowledgement.objects.create(member=basic_member, version=version)
    assert "Acknowledge “Personal use”" not in _next_step(signed_in)


def test_a_new_major_version_asks_for_the_acknowledgement_again(signed_in, basic_member):
    guideline = _guideline("Personal use")
    first = GuidelineVersion.objects.filter(guideline=guideline).latest("pk")
    GuidelineAcknowledgement.objects.create(member=basic_member, version=first)
    assert "Acknowledge “Personal use”" not in _next_step(signed_in)
    GuidelineVersion.objects.create(guideline=guideline, version="2.0", major=True)
    assert "Acknowledge “Personal use”" in _next_step(signed_in)


def test_a_pending_licence_shows_at_once(signed_in, basic_member):
    licence_type = LicenceTypeFactory(name="Corporate user licence")
    assert "waiting for approval" not in _next_step(signed_in)
    LicenceFactory(holder=basic_member, licence_type=licence_type, status=Licence.Status.PENDING)
    assert "Corporate user licence: waiting for approval" in _next_step(signed_in)


def test_a_renamed_licence_type_shows_at_once(signed_in, basic_member):
    licence_type = LicenceTypeFactory(name="Corporate user licence")
    LicenceFactory(holder=basic_member, licence_type=licence_type, status=Licence.Status.PENDING)
    assert "Corporate user licence: waiting for approval" in _next_step(signed_in)
    licence_type.name = "Licence to post"
    licence_type.save()
    assert "Licence to post: waiting for approval" in _next_step(signed_in)


def test_an_application_makes_the_panel_again(client, corporate_member, monkeypatch):
    """My path's application step is towards the next level, and the panel shows those only once every step at
    the member's level is done (today "Check a post" never is): so the proof is that the panel is made again."""
    made = []
    render = home_panels._render
    monkeypatch.setattr(home_panels, "_render", lambda member, facts: made.append(1) or render(member, facts))
    client.force_login(corporate_member)
    _next_step(client)
    _next_step(client)
    assert len(made) == 1
    ApplicationFactory(applicant=corporate_member, name="Parks on Threads", status=Application.Status.DRAFT)
    _next_step(client)
    assert len(made) == 2


def test_an_authenticator_moves_a_role_holder_on(client, champion):
    client.force_login(champion)
    assert "Set up two-factor authentication" in _next_step(client)
    Authenticator.objects.create(user=champion, type=Authenticator.Type.TOTP, data={})
    assert "Set up two-factor authentication" not in _next_step(client)


def test_a_new_role_shows_at_once(signed_in, basic_member):
    assert "Set up two-factor authentication" not in _next_step(signed_in)
    basic_member.groups.add(Group.objects.get(name=Role.CHAMPION.value))
    assert "Set up two-factor authentication" in _next_step(signed_in)
