"""Four eyes: the licence quiz's questions, the licence course's pages and the licence type need a second
champion's approval. The person who submitted (or wrote) a change cannot approve it, through the workflow
UI or a POST to the admin, nor publish it directly."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from community.roles import Role
from courses.licences.models import LicenceType
from courses.models import CoursePage, FourEyesApprovalTask
from courses.quizzes.models import Question, QuestionPool, QuizPage
from courses.quizzes.selectors import attempt_questions
from courses.quizzes.services import start_attempt, submit_attempt
from courses.selectors import live_lessons
from tests.courses.quizzes.test_reviewed_questions import edit_form

pytestmark = pytest.mark.django_db


def snippet_url(model: str, name: str, *args) -> str:
    return reverse(f"wagtailsnippets_{model}:{name}", args=args)


def test_the_migration_puts_questions_pools_and_licence_types_under_licence_review():
    workflow = Workflow.objects.get(name="Licence review")
    task = workflow.tasks.get().specific
    assert isinstance(task, FourEyesApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == [Role.CHAMPION.value]
    for model in (Question, QuestionPool, LicenceType):
        assert model.get_default_workflow() == workflow


def test_the_licence_course_is_under_licence_review(licence_course, quiz):
    for page in (licence_course, quiz, *live_lessons(course=licence_course)):
        assert page.get_workflow().name == "Licence review"


def submit_question(client, question, text="Edited by the first champion") -> Question:
    response = client.post(
        snippet_url("quizzes_question", "edit", question.pk), edit_form(question, text=text, **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content[:300]
    question = Question.objects.get(pk=question.pk)
    assert question.workflow_in_progress
    return question


def test_the_submitter_cannot_approve_a_question_and_a_second_champion_can(
    author_client, reviewer_client, champion, second_champion, pools
):
    question = submit_question(author_client, pools[0].questions.first())
    task_state = question.current_workflow_task_state
    task = task_state.task.specific
    assert "approve" not in [name for name, _, _ in task.get_actions(question, champion)]
    assert "approve" in [name for name, _, _ in task.get_actions(question, second_champion)]

    # The workflow UI's action view refuses the submitter (the admin says so and goes back to its dashboard).
    action = snippet_url("quizzes_question", "workflow_action", question.pk, "approve", task_state.pk)
    refused = author_client.post(action, {"comment": ""}, follow=True)
    assert "permission" in refused.content.decode()
    # So does the edit view's workflow action, and direct publishing.
    edit = snippet_url("quizzes_question", "edit", question.pk)
    author_client.post(edit, edit_form(question, **{"action-workflow-action": "1", "workflow-action-name": "approve"}))
    author_client.post(edit, edit_form(question, text="Published alone", **{"action-publish": "1"}))
    question = Question.objects.get(pk=question.pk)
    assert question.workflow_in_progress
    assert question.text != "Edited by the first champion" and question.text != "Published alone"

    response = reviewer_client.post(action, {"comment": ""})
    assert response.status_code == 302
    question = Question.objects.get(pk=question.pk)
    assert question.live and not question.workflow_in_progress
    assert question.text == "Edited by the first champion"


def test_a_reviewer_who_edits_cannot_approve_their_own_edit(author_client, reviewer_client, pools):
    question = submit_question(author_client, pools[0].questions.first())
    edit = snippet_url("quizzes_question", "edit", question.pk)
    reviewer_client.post(
        edit,
        edit_form(
            question,
            text="Changed by the reviewer",
            **{"action-workflow-action": "1", "workflow-action-name": "approve"},
        ),
    )
    question = Question.objects.get(pk=question.pk)
    assert question.workflow_in_progress and question.text != "Changed by the reviewer"


def test_the_submitter_sees_no_approve_button_and_the_reviewer_does(author_client, reviewer_client, pools):
    question = submit_question(author_client, pools[0].questions.first())
    edit = snippet_url("quizzes_question", "edit", question.pk)
    assert 'value="approve"' not in author_client.get(edit).content.decode()
    reviewer_page = reviewer_client.get(edit).content.decode()
    assert "approve" in reviewer_page and "Publish" not in reviewer_page.split("workflow-action")[0][-200:]


@pytest.mark.parametrize("model", [Question, QuestionPool, LicenceType])
def test_champions_cannot_publish_reviewed_snippets_directly(champion, model):
    policy = policy_registry.get_by_type(model)
    assert not policy.user_has_permission(champion, "publish")
    assert policy.user_has_permission(champion, "change")


def lesson_form(lesson, title: str, **extra) -> dict:
    return {
        **nested_form_data(
            {
                "title": title,
                "slug": lesson.slug,
                "summary": "",
                "body": streamfield([("paragraph", rich_text('<p data-block-key="words">Reviewed words.</p>'))]),
            }
        ),
        **extra,
    }


def test_a_licence_course_page_needs_a_second_champion(author_client, reviewer_client, champion, licence_course):
    lesson = live_lessons(course=licence_course)[0]
    assert not lesson.permissions_for_user(champion).can_publish()
    edit = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    # Publishing directly is refused: the page stays as it was.
    author_client.post(edit, lesson_form(lesson, "Published alone", **{"action-publish": "1"}))
    lesson.refresh_from_db()
    assert lesson.title != "Published alone"

    assert author_client.post(edit, lesson_form(lesson, "Reviewed lesson", **{"action-submit": "1"})).status_code == 302
    lesson.refresh_from_db()
    task_state = lesson.current_workflow_task_state
    assert task_state is not None
    action = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk])
    author_client.post(action, {"comment": ""})
    author_client.post(
        edit,
        lesson_form(lesson, "Reviewed lesson", **{"action-workflow-action": "1", "workflow-action-name": "approve"}),
    )
    lesson.refresh_from_db()
    assert lesson.title != "Reviewed lesson" and lesson.workflow_in_progress

    assert reviewer_client.post(action, {"comment": ""}).status_code == 302
    lesson.refresh_from_db()
    assert lesson.title == "Reviewed lesson" and not lesson.workflow_in_progress


def test_other_courses_keep_champion_review(champion, induction):
    lesson = live_lessons(course=induction)[0]
    assert lesson.get_workflow().name == "Champion review"
    assert lesson.permissions_for_user(champion).can_publish()


def test_a_licence_type_change_needs_a_second_champion(author_client, reviewer_client, licence_type):
    edit = snippet_url("licences_licencetype", "edit", licence_type.pk)
    data = {
        "name": licence_type.name,
        "quiz": licence_type.quiz_id,
        "validity_months": "6",
        "renewal_window_days": "30",
        "grants_corporate_level": "on",
        "action-submit": "1",
    }
    assert author_client.post(edit, data).status_code == 302
    licence_type = LicenceType.objects.get(pk=licence_type.pk)
    assert licence_type.validity_months == 12 and licence_type.workflow_in_progress
    task_state = licence_type.current_workflow_task_state
    action = snippet_url("licences_licencetype", "workflow_action", licence_type.pk, "approve", task_state.pk)
    author_client.post(action, {"comment": ""})
    assert LicenceType.objects.get(pk=licence_type.pk).validity_months == 12
    assert reviewer_client.post(action, {"comment": ""}).status_code == 302
    assert LicenceType.objects.get(pk=licence_type.pk).validity_months == 6


def test_a_new_pass_mark_applies_only_to_attempts_started_after_it_is_published(
    basic_member, corporate_member, quiz, licence_type
):
    before = start_attempt(member=basic_member, quiz=quiz, now=timezone.now())
    assert before.pass_mark_percent == 80
    quiz.pass_mark_percent = 40
    quiz.save_revision().publish()
    after = start_attempt(member=corporate_member, quiz=QuizPage.objects.get(pk=quiz.pk), now=timezone.now())
    assert after.pass_mark_percent == 40

    def two_of_five_right(attempt):
        answers = {}
        for number, entry in enumerate(attempt.questions.select_related("question").order_by("position")):
            options = list(entry.question.options.all())
            right = [o.pk for o in options if o.is_correct]
            answers[entry.question_id] = right if number < 2 else [next(o.pk for o in options if not o.is_correct)]
        return answers

    first = submit_attempt(
        attempt_id=before.pk, member=basic_member, answers=two_of_five_right(before), now=timezone.now()
    )
    second = submit_attempt(
        attempt_id=after.pk, member=corporate_member, answers=two_of_five_right(after), now=timezone.now()
    )
    assert first.attempt.percent == second.attempt.percent == 40
    assert not first.attempt.passed and second.attempt.passed


def test_reviews_waiting_leave_out_the_reviewers_own_submissions(author_client, champion, second_champion, pools):
    submit_question(author_client, pools[0].questions.first())
    task = FourEyesApprovalTask.objects.get()
    assert task.get_task_states_user_can_moderate(champion).count() == 0
    assert task.get_task_states_user_can_moderate(second_champion).count() == 1


def test_the_admin_menu_counts_reviews_waiting_for_each_champion(author_client, reviewer_client, pools):
    submit_question(author_client, pools[0].questions.first())
    dashboard = reviewer_client.get("/admin/").content.decode()
    assert "Reviews waiting (1)" in dashboard
    # The dashboard's panel lists it for the reviewer, not for its author.
    assert "Edited by the first champion" in dashboard.split("Awaiting your review")[1]
    own = author_client.get("/admin/").content.decode()
    assert "Reviews waiting" in own and "Reviews waiting (1)" not in own
    assert "Awaiting your review" not in own


def test_the_dashboard_lists_courses_with_no_review_in_a_year(author_client, course):
    CoursePage.objects.filter(pk=course.pk).update(last_published_at=timezone.now() - datetime.timedelta(days=400))
    page = author_client.get("/admin/").content.decode()
    assert "Courses with no review in 12 months" in page
    assert course.title in page.split("Courses with no review in 12 months")[1]


def test_the_dashboard_flags_questions_too_easy(author_client, reviewer_client, basic_member, attempt):
    answers = {
        item.entry.question_id: [o.pk for o in item.correct_options] for item in attempt_questions(attempt=attempt)
    }
    submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=answers, now=timezone.now())
    page = author_client.get("/admin/").content.decode()
    assert "Quiz questions flagged too easy or too hard" in page
    panel = page.split("Quiz questions flagged too easy or too hard")[1]
    assert "Too easy" in panel and "/admin/snippets/quizzes/question/edit/" in panel


def test_the_editors_approve_button_publishes_what_was_submitted(author_client, reviewer_client, pools):
    """The editor's "Approve" submits the whole edit form, which saves the reviewer a revision of the same
    content before approving: that is not an edit of theirs, so the approval stands and publishes."""
    question = submit_question(author_client, pools[0].questions.first())
    edit = snippet_url("quizzes_question", "edit", question.pk)
    form = edit_form(question.get_latest_revision_as_object())
    response = reviewer_client.post(
        edit, {**form, "action-workflow-action": "1", "workflow-action-name": "approve"}, follow=True
    )
    assert "permission" not in response.content.decode()
    question = Question.objects.get(pk=question.pk)
    assert question.live and not question.workflow_in_progress and not question.has_unpublished_changes
    assert question.text == "Edited by the first champion"


def test_approve_with_comment_from_the_editor_publishes(author_client, reviewer_client, pools):
    question = submit_question(author_client, pools[0].questions.first())
    edit = snippet_url("quizzes_question", "edit", question.pk)
    form = edit_form(question.get_latest_revision_as_object())
    reviewer_client.post(
        edit,
        {
            **form,
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": '{"comment": "Checked against the guideline."}',
        },
    )
    question = Question.objects.get(pk=question.pk)
    assert question.text == "Edited by the first champion" and not question.workflow_in_progress


def test_the_page_editors_approve_button_publishes_what_was_submitted(author_client, reviewer_client, licence_course):
    lesson = live_lessons(course=licence_course)[0]
    edit = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    assert author_client.post(edit, lesson_form(lesson, "Reviewed lesson", **{"action-submit": "1"})).status_code == 302
    lesson.refresh_from_db()
    # The editor sends the blocks with the ids they have in the submitted revision.
    block_id = lesson.get_latest_revision_as_object().body[0].id
    reviewer_client.post(
        edit,
        lesson_form(
            lesson,
            "Reviewed lesson",
            **{"body-0-id": block_id, "action-workflow-action": "1", "workflow-action-name": "approve"},
        ),
    )
    lesson.refresh_from_db()
    assert lesson.title == "Reviewed lesson" and not lesson.workflow_in_progress


def test_a_pool_change_needs_a_second_champion(author_client, reviewer_client, pools):
    pool = pools[0]
    edit = snippet_url("quizzes_questionpool", "edit", pool.pk)
    data = {"name": "Judgement calls", "description": pool.description, "action-submit": "1"}
    assert author_client.post(edit, data).status_code == 302
    pool = QuestionPool.objects.get(pk=pool.pk)
    assert pool.name == "Judgement" and pool.workflow_in_progress
    task_state = pool.current_workflow_task_state
    action = snippet_url("quizzes_questionpool", "workflow_action", pool.pk, "approve", task_state.pk)
    author_client.post(action, {"comment": ""})
    assert QuestionPool.objects.get(pk=pool.pk).name == "Judgement"
    assert reviewer_client.post(action, {"comment": ""}).status_code == 302
    assert QuestionPool.objects.get(pk=pool.pk).name == "Judgement calls"
