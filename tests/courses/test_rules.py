"""The courses rules, asked through the one permission handler, for every role."""

import pytest

from community.levels import Level
from community.permissions import permissions
from courses.selectors import live_lessons
from tests.conftest import ROLE_NAMES

pytestmark = pytest.mark.django_db

MEMBERS = {"basic", "corporate", "manager", "champion", "coordinator", "techsupport"}


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_rules_by_role(role, member_for_role, induction, optional_course, make_guideline):
    member = member_for_role(role)
    corporate_guideline = make_guideline(title="Posting for us", audience=Level.CORPORATE_USER)
    is_member = role in MEMBERS
    assert permissions.can(member, "courses.view") == is_member
    assert permissions.can(member, "courses.take", optional_course) == is_member
    assert permissions.can(member, "courses.complete_lesson", live_lessons(course=induction)[0]) == is_member
    assert not permissions.can(member, "courses.complete_lesson", live_lessons(course=optional_course)[0])
    assert permissions.can(member, "guidelines.acknowledge", corporate_guideline) == (role in {"corporate", "manager"})
    assert permissions.can(member, "courses.view_report") == (role == "champion")


def test_unpublished_pages_refuse_actions(basic_member, induction, make_guideline):
    guideline = make_guideline(title="Personal use")
    lesson = live_lessons(course=induction)[0]
    induction.unpublish()
    guideline.unpublish()
    induction.refresh_from_db()
    guideline.refresh_from_db()
    assert not permissions.can(basic_member, "courses.take", induction)
    assert not permissions.can(basic_member, "courses.complete_lesson", lesson)
    assert not permissions.can(basic_member, "guidelines.acknowledge", guideline)
