"""Issue 14: the admin menu's "Reviews waiting (n)" is kept per user in the cache (courses.selectors), and is
worked out again as soon as what waits for review, or who may review it, changes."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.factories import MemberFactory
from community.models import Member
from courses.models import FourEyesApprovalTask
from courses.selectors import reviews_waiting_count
from tests.courses.quizzes.test_four_eyes import submit_question

pytestmark = pytest.mark.django_db


def _count(member) -> int:
    """As a request sees it: a fresh user object (Wagtail keeps group checks on the one it was given)."""
    return reviews_waiting_count(user=Member.objects.get(pk=member.pk))


def test_the_count_costs_no_query_once_kept(author_client, reviewer_client, pools):
    submit_question(author_client, pools[0].questions.first())
    assert "Reviews waiting (1)" in reviewer_client.get("/admin/").content.decode()
    with CaptureQueriesContext(connection) as captured:
        reviewer_client.get("/admin/snippets/postcheck/wordchoice/")
    assert not [query for query in captured.captured_queries if "wagtailcore_task" in query["sql"]]


def test_a_submission_and_an_approval_show_at_once(author_client, reviewer_client, pools):
    assert "Reviews waiting (" not in reviewer_client.get("/admin/").content.decode()
    question = submit_question(author_client, pools[0].questions.first())
    assert "Reviews waiting (1)" in reviewer_client.get("/admin/").content.decode()
    task_state = question.current_workflow_task_state
    task_state.task.specific.on_action(task_state, None, "reject")
    assert "Reviews waiting (" not in reviewer_client.get("/admin/").content.decode()


def test_a_task_taken_from_a_group_shows_at_once(author_client, second_champion, pools):
    submit_question(author_client, pools[0].questions.first())
    assert _count(second_champion) == 1
    FourEyesApprovalTask.objects.get().groups.clear()
    assert _count(second_champion) == 0


def test_a_task_made_inactive_shows_at_once(author_client, second_champion, pools):
    submit_question(author_client, pools[0].questions.first())
    assert _count(second_champion) == 1
    task = FourEyesApprovalTask.objects.get()
    task.active = False
    task.save()
    assert _count(second_champion) == 0


def test_joining_a_reviewing_group_that_is_no_role_shows_at_once(author_client, pools):
    submit_question(author_client, pools[0].questions.first())
    reviewers = Group.objects.create(name="Question reviewers")
    FourEyesApprovalTask.objects.get().groups.add(reviewers)
    member = MemberFactory()
    assert _count(member) == 0
    member.groups.add(reviewers)
    assert _count(member) == 1
