"""Champions edit only the Courses and Guidelines trees; both trees go through "Champion review"."""

import pytest

from community.factories import MemberFactory
from community.roles import Role
from courses.selectors import live_lessons
from home.factories import StandardPageFactory
from home.models import HomePage
from tests.community.mfa_helpers import sign_in_with_totp
from tests.conftest import ROLE_NAMES

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(induction, make_guideline, course_index, guideline_index):
    return {
        "course index": course_index,
        "course": induction,
        "lesson": live_lessons(course=induction)[0],
        "guideline index": guideline_index,
        "guideline": make_guideline(title="Personal use"),
    }


@pytest.mark.parametrize("role", [name for name in ROLE_NAMES if name != "anonymous"])
def test_only_champions_edit_courses_and_guidelines(role, member_for_role, pages):
    member = member_for_role(role)
    for name, page in pages.items():
        tester = page.permissions_for_user(member)
        assert tester.can_edit() == (role == "champion"), name
        assert tester.can_add_subpage() == (role == "champion" and name != "lesson" and name != "guideline"), name


def test_champions_publish_and_lock_in_their_trees(champion, pages):
    for page in pages.values():
        tester = page.permissions_for_user(champion)
        assert tester.can_publish() and tester.can_lock() and tester.can_unlock()


def test_champions_cannot_touch_the_rest_of_the_site(champion, pages):
    home = HomePage.objects.get()
    about = StandardPageFactory(parent=home, title="About", slug="about")
    for page in (home, about):
        tester = page.permissions_for_user(champion)
        assert not tester.can_edit() and not tester.can_publish() and not tester.can_add_subpage()
    assert not pages["course index"].permissions_for_user(champion).can_delete()


def test_champion_reaches_the_editor_only_for_their_trees(client, champion, pages):
    sign_in_with_totp(client, champion)
    assert client.get(f"/admin/pages/{pages['lesson'].pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{pages['guideline'].pk}/edit/").status_code == 200
    response = client.get(f"/admin/pages/{HomePage.objects.get().pk}/edit/")
    assert response.status_code in (302, 403)


def test_both_trees_use_champion_review(pages):
    for name, page in pages.items():
        workflow = page.get_workflow()
        assert workflow is not None and workflow.name == "Champion review", name
        task = workflow.tasks.get().specific
        assert set(task.groups.values_list("name", flat=True)) == {Role.CHAMPION.value}


def test_another_champion_approves_a_submitted_lesson(champion, pages):
    reviewer = MemberFactory(roles=(Role.CHAMPION,))
    coordinator = MemberFactory(roles=(Role.COORDINATOR,))
    lesson = pages["lesson"]
    lesson.title = "Think before you post (revised)"
    lesson.save_revision(user=champion)
    workflow_state = lesson.get_workflow().start(lesson, champion)
    task = workflow_state.current_task_state.task.specific
    assert "approve" in [action[0] for action in task.get_actions(lesson, reviewer)]
    assert task.get_actions(lesson, coordinator) == []
    task.on_action(workflow_state.current_task_state, reviewer, "approve")
    lesson.refresh_from_db()
    assert lesson.live and lesson.title == "Think before you post (revised)"
