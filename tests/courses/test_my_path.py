"""Courses and guidelines on "My path", and the navigation items."""

import pytest
from django.urls import reverse

from community.levels import Level
from community.viewer import ANONYMOUS, facts_for
from courses.my_path_steps import course_steps, guideline_steps
from courses.selectors import live_lessons
from courses.services import complete_lesson

pytestmark = pytest.mark.django_db


@pytest.fixture
def representing(make_course):
    return make_course(title="Representing the organisation", slug="representing", audience=Level.CORPORATE_USER)


def titles(steps):
    return {step.title: step for step in steps}


def test_basic_member_sees_induction_now_and_representing_towards_corporate(basic_member, induction, representing):
    steps = titles(course_steps(member=basic_member, facts=facts_for(basic_member)))
    induction_step = steps["Complete “Induction”"]
    assert induction_step.towards is None and not induction_step.done and induction_step.url == induction.url
    representing_step = steps["Complete “Representing the organisation”"]
    assert representing_step.towards == Level.CORPORATE_USER


def test_induction_progress_and_completion_show_on_my_path(client, basic_member, induction):
    first, *rest = live_lessons(course=induction)
    complete_lesson(member=basic_member, lesson=first, course=induction)
    step = titles(course_steps(member=basic_member, facts=facts_for(basic_member)))["Complete “Induction”"]
    assert step.description.startswith("1 of 3 lessons done (33%).")
    assert step.progress_percent == 33
    client.force_login(basic_member)
    page = client.get(reverse("home:my_path")).content.decode()
    assert '<progress class="postwise-progress__bar" max="100" value="33"' in page
    for lesson in rest:
        complete_lesson(member=basic_member, lesson=lesson, course=induction)
    step = titles(course_steps(member=basic_member, facts=facts_for(basic_member)))["Complete “Induction”"]
    assert step.done and step.description.startswith("Completed on")
    assert step.progress_percent is None
    page = client.get(reverse("home:my_path")).content.decode()
    assert "Complete “Induction”" in page and "Completed on" in page


def test_corporate_user_no_longer_sees_the_representing_step(corporate_member, induction, representing):
    steps = titles(course_steps(member=corporate_member, facts=facts_for(corporate_member)))
    assert "Complete “Representing the organisation”" not in steps
    assert "Complete “Induction”" in steps


def test_outstanding_guidelines_for_the_members_level(corporate_member, make_guideline):
    make_guideline(title="Personal use", audience=Level.BASIC)
    make_guideline(title="Posting for us", audience=Level.CORPORATE_USER)
    make_guideline(title="Running an account", audience=Level.ACCOUNT_MANAGER)
    steps = titles(guideline_steps(member=corporate_member, facts=facts_for(corporate_member)))
    assert set(steps) == {"Acknowledge “Personal use”", "Acknowledge “Posting for us”"}
    assert not any(step.done for step in steps.values())


def test_anonymous_gets_no_steps(induction):
    assert course_steps(member=None, facts=ANONYMOUS) == []
    assert guideline_steps(member=None, facts=ANONYMOUS) == []


@pytest.mark.parametrize("role,shown", [("anonymous", False), ("basic", True), ("champion", True)])
def test_navigation_items(role, shown, client_for_role, course_index, guideline_index):
    page = client_for_role(role).get("/").content.decode()
    assert (f'href="{course_index.url}"' in page) == shown
    assert (f'href="{guideline_index.url}"' in page) == shown
