import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from community.factories import MemberFactory
from community.refusals import Refused
from courses.licences.models import Licence
from courses.models import LessonPage
from courses.quizzes.models import AttemptQuestion, QuizAttempt
from courses.quizzes.services import save_answers, start_attempt, submit_attempt
from courses.services import complete_lesson
from tests.courses.quizzes.conftest import as_post, right_answers, wrong_answers

pytestmark = pytest.mark.django_db


def test_an_attempt_draws_n_from_each_pool_and_freezes_them(attempt, pools, client, basic_member):
    entries = list(attempt.questions.select_related("question"))
    assert len(entries) == 5
    assert sum(1 for e in entries if e.question.pool_id == pools[0].pk) == 3
    assert sum(1 for e in entries if e.question.pool_id == pools[1].pk) == 2
    for entry in entries:
        assert sorted(entry.option_ids) == sorted(o.pk for o in entry.question.options.all())
    frozen = [(e.question_id, e.option_ids) for e in entries]

    # Showing the page again, or starting again, gives the same questions in the same order.
    client.force_login(basic_member)
    client.get(f"/quizzes/attempts/{attempt.pk}/")
    again = start_attempt(member=basic_member, quiz=attempt.quiz, now=timezone.now())
    assert again.pk == attempt.pk
    assert [(e.question_id, e.option_ids) for e in again.questions.order_by("position")] == frozen


def test_the_page_shows_options_in_the_frozen_order(attempt, client, basic_member):
    client.force_login(basic_member)
    html = client.get(f"/quizzes/attempts/{attempt.pk}/").content.decode()
    for entry in attempt.questions.all():
        positions = [html.index(f'value="{option_id}"') for option_id in entry.option_ids]
        assert positions == sorted(positions)


def test_different_attempts_draw_differently(quiz, licence_type, member_for_role):
    draws = set()
    for _ in range(8):
        member = MemberFactory()
        attempt = start_attempt(member=member, quiz=quiz, now=timezone.now())
        draws.add(tuple(attempt.questions.order_by("position").values_list("question_id", flat=True)))
    assert len(draws) > 1


def test_the_answer_key_never_reaches_the_browser(attempt, client, basic_member):
    client.force_login(basic_member)
    html = client.get(f"/quizzes/attempts/{attempt.pk}/").content.decode()
    assert "correct" not in html.lower()
    assert "Feedback on" not in html
    assert "keeps residents" not in html  # the explanation


def test_one_attempt_in_progress_per_member_and_quiz_is_a_database_rule(attempt):
    with pytest.raises(IntegrityError), transaction.atomic():
        QuizAttempt.objects.create(quiz=attempt.quiz, member=attempt.member, number=2, started_at=timezone.now())


def test_a_pass_grants_the_licence_in_the_same_submission(attempt, basic_member):
    submission = submit_attempt(
        attempt_id=attempt.pk, member=basic_member, answers=right_answers(attempt), now=timezone.now()
    )
    assert submission.attempt.passed
    licence = Licence.objects.get(holder=basic_member)
    assert licence.is_valid_today
    assert licence.status_changes.get().event == "issued"


def test_a_fail_grants_nothing(attempt, basic_member):
    submission = submit_attempt(
        attempt_id=attempt.pk, member=basic_member, answers=wrong_answers(attempt), now=timezone.now()
    )
    assert not submission.attempt.passed
    assert submission.attempt.percent == 0
    assert not Licence.objects.filter(holder=basic_member).exists()


def test_a_resubmission_scores_once(attempt, basic_member):
    first = submit_attempt(
        attempt_id=attempt.pk, member=basic_member, answers=wrong_answers(attempt), now=timezone.now()
    )
    second = submit_attempt(
        attempt_id=attempt.pk, member=basic_member, answers=right_answers(attempt), now=timezone.now()
    )
    assert second.already_submitted
    attempt.refresh_from_db()
    assert attempt.passed is False
    assert attempt.percent == first.attempt.percent
    assert not Licence.objects.filter(holder=basic_member).exists()


def test_answers_to_a_question_outside_the_attempt_are_rejected(attempt, basic_member, pools):
    outside = pools[0].questions.exclude(pk__in=attempt.questions.values("question_id")).first()
    answers = right_answers(attempt) | {outside.pk: [outside.options.first().pk]}
    with pytest.raises(Refused, match="not part of this attempt"):
        submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=answers, now=timezone.now())
    attempt.refresh_from_db()
    assert attempt.is_in_progress
    assert not AttemptQuestion.objects.filter(attempt=attempt).exclude(selected_option_ids=[]).exists()


def test_a_forged_option_id_is_rejected(attempt, basic_member, pools):
    answers = right_answers(attempt)
    question_id = next(iter(answers))
    foreign_option = pools[1].questions.first().options.first()
    answers[question_id] = [foreign_option.pk]
    with pytest.raises(Refused, match="not one of its options"):
        save_answers(attempt_id=attempt.pk, member=basic_member, answers=answers, now=timezone.now())


def test_two_answers_to_a_one_answer_question_are_rejected(attempt, basic_member):
    entry = attempt.questions.select_related("question").filter(question__kind="single").first()
    with pytest.raises(Refused, match="one answer only"):
        save_answers(
            attempt_id=attempt.pk,
            member=basic_member,
            answers={entry.question_id: entry.option_ids[:2]},
            now=timezone.now(),
        )


def test_another_members_attempt_cannot_be_submitted_through_the_service(attempt, corporate_member):
    with pytest.raises(QuizAttempt.DoesNotExist):
        submit_attempt(attempt_id=attempt.pk, member=corporate_member, answers={}, now=timezone.now())


class TestTimeLimit:
    @pytest.fixture
    def timed_attempt(self, quiz, licence_type, basic_member):
        quiz.time_limit_minutes = 10
        quiz.save()
        started = timezone.now() - datetime.timedelta(minutes=20)
        return start_attempt(member=basic_member, quiz=quiz, now=started)

    def test_the_deadline_is_set_on_the_server(self, timed_attempt):
        assert timed_attempt.deadline - timed_attempt.started_at == datetime.timedelta(minutes=10)

    def test_a_late_submission_is_scored_as_saved_at_the_deadline(self, timed_attempt, basic_member):
        right = right_answers(timed_attempt)
        saved_in_time = dict(list(right.items())[:2])
        save_answers(
            attempt_id=timed_attempt.pk,
            member=basic_member,
            answers=saved_in_time,
            now=timed_attempt.deadline - datetime.timedelta(minutes=1),
        )
        submission = submit_attempt(attempt_id=timed_attempt.pk, member=basic_member, answers=right, now=timezone.now())
        attempt = submission.attempt
        assert attempt.scored_at_deadline
        assert attempt.correct_count == 2
        assert attempt.percent == 40
        assert not attempt.passed
        assert not Licence.objects.filter(holder=basic_member).exists()

    def test_a_submission_inside_the_grace_counts_in_full(self, timed_attempt, basic_member):
        submission = submit_attempt(
            attempt_id=timed_attempt.pk,
            member=basic_member,
            answers=right_answers(timed_attempt),
            now=timed_attempt.deadline + datetime.timedelta(seconds=10),
        )
        assert not submission.attempt.scored_at_deadline
        assert submission.attempt.passed

    def test_saving_after_the_deadline_is_refused(self, timed_attempt, basic_member):
        with pytest.raises(Refused, match="Time is up"):
            save_answers(attempt_id=timed_attempt.pk, member=basic_member, answers={}, now=timezone.now())

    def test_the_member_is_told_when_a_late_submission_was_scored_at_the_deadline(
        self, timed_attempt, basic_member, client
    ):
        client.force_login(basic_member)
        response = client.post(
            f"/quizzes/attempts/{timed_attempt.pk}/", as_post(right_answers(timed_attempt), submit="1"), follow=True
        )
        assert response.status_code == 200
        assert "scored as your saved answers stood at the deadline" in response.content.decode()


class TestRules:
    def test_max_attempts(self, quiz, licence_type, basic_member):
        for _ in range(3):
            attempt = start_attempt(member=basic_member, quiz=quiz, now=timezone.now())
            submit_attempt(
                attempt_id=attempt.pk, member=basic_member, answers=wrong_answers(attempt), now=timezone.now()
            )
        with pytest.raises(Refused, match="used all 3 attempts"):
            start_attempt(member=basic_member, quiz=quiz, now=timezone.now())

    def test_wait_between_attempts(self, quiz, licence_type, basic_member):
        quiz.wait_hours_between_attempts = 24
        quiz.save()
        now = timezone.now()
        attempt = start_attempt(member=basic_member, quiz=quiz, now=now)
        submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=wrong_answers(attempt), now=now)
        with pytest.raises(Refused, match="try again from"):
            start_attempt(member=basic_member, quiz=quiz, now=now + datetime.timedelta(hours=23))
        assert start_attempt(member=basic_member, quiz=quiz, now=now + datetime.timedelta(hours=25))

    def test_stop_after_pass(self, quiz, basic_member):
        attempt = start_attempt(member=basic_member, quiz=quiz, now=timezone.now())
        submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=right_answers(attempt), now=timezone.now())
        with pytest.raises(Refused, match="passed this quiz"):
            start_attempt(member=basic_member, quiz=quiz, now=timezone.now())

    def test_the_course_lessons_come_first(self, quiz, licence_type, basic_member, course):
        quiz.requires_lessons_complete = True
        quiz.save()
        with pytest.raises(Refused, match="Complete every lesson of “Representing the organisation”"):
            start_attempt(member=basic_member, quiz=quiz, now=timezone.now())
        for lesson in LessonPage.objects.child_of(course):
            complete_lesson(member=basic_member, lesson=lesson, course=course)
        assert start_attempt(member=basic_member, quiz=quiz, now=timezone.now())

    def test_a_pool_with_too_few_questions_gives_a_clear_refusal(self, quiz, licence_type, basic_member):
        draw = quiz.draws.first()
        draw.question_count = 50
        draw.save()
        with pytest.raises(Refused, match="too few questions"):
            start_attempt(member=basic_member, quiz=quiz, now=timezone.now())
        assert not QuizAttempt.objects.exists()
