"""Issue 20, items 5 and 6: a failed attempt's review teaches without giving the answers away, and says
what to do next: the lessons to revisit (first), the attempts left and when the next may start."""

import datetime

import pytest
from django.utils import timezone

from courses.factories import LessonPageFactory
from courses.quizzes.factories import QuestionFactory, QuestionPoolFactory, QuizPageFactory, add_draw
from courses.quizzes.models import QuizPage
from courses.quizzes.services import start_attempt, submit_attempt

from .conftest import right_answers, wrong_answers

pytestmark = pytest.mark.django_db

RIGHT_TEXTS = [f"The careful choice number {n}" for n in range(3)]


@pytest.fixture
def taught_quiz(course):
    """Three questions, each with a right option whose text appears nowhere else, taught by two lessons."""
    lessons = list(course.get_children().specific())
    pool = QuestionPoolFactory(name="Taught")
    for number, right_text in enumerate(RIGHT_TEXTS):
        QuestionFactory(
            pool=pool,
            text=f"Taught question {number}",
            lesson=lessons[number % 2],
            options=[(right_text, True), (f"A hasty choice {number}", False), (f"A risky choice {number}", False)],
        )
    quiz = QuizPageFactory(
        parent=course,
        title="Taught quiz",
        requires_lessons_complete=False,
        max_attempts=3,
        wait_hours_between_attempts=24,
    )
    add_draw(quiz=quiz, pool=pool, count=3)
    return quiz


def _fail(member, quiz, *, now=None):
    attempt = start_attempt(member=member, quiz=quiz, now=now or timezone.now())
    submit_attempt(attempt_id=attempt.pk, member=member, answers=wrong_answers(attempt), now=now or timezone.now())
    return attempt


def test_a_failed_review_shows_what_was_wrong_with_feedback_and_lessons_but_never_the_right_option(
    client, basic_member, taught_quiz, course
):
    attempt = _fail(basic_member, taught_quiz)
    client.force_login(basic_member)
    html = client.get(f"/quizzes/attempts/{attempt.pk}/review/").content.decode()
    assert html.count("Not right") == 3
    for number in range(3):
        assert f"Taught question {number}" in html
        assert f"Feedback on a hasty choice {number}." in html
    for lesson in course.get_children():
        assert f'href="{lesson.url}"' in html
    # The server never sends the right options, their feedback or the explanations.
    for right_text in RIGHT_TEXTS:
        assert right_text not in html
        assert f"Feedback on {right_text.lower()}" not in html
    assert "Right answer:" not in html
    assert "keeps residents and colleagues safe" not in html


def test_even_a_full_review_setting_reaching_the_database_shows_no_right_option_after_a_fail(
    client, basic_member, taught_quiz
):
    QuizPage.objects.filter(pk=taught_quiz.pk).update(review_after_fail=QuizPage.ReviewDetail.FULL)
    attempt = _fail(basic_member, taught_quiz)
    client.force_login(basic_member)
    html = client.get(f"/quizzes/attempts/{attempt.pk}/review/").content.decode()
    assert "Not right" in html
    assert not any(right_text in html for right_text in RIGHT_TEXTS)


def test_the_champion_cannot_choose_right_answers_after_a_fail():
    choices = dict(QuizPage._meta.get_field("review_after_fail").choices)
    assert QuizPage.ReviewDetail.FULL not in choices
    assert QuizPage._meta.get_field("review_after_fail").default == QuizPage.ReviewDetail.FEEDBACK


def test_a_pass_shows_the_full_review(client, basic_member, taught_quiz):
    taught_quiz.pass_mark_percent = 60
    taught_quiz.save()
    attempt = start_attempt(member=basic_member, quiz=taught_quiz, now=timezone.now())
    answers = right_answers(attempt)
    missed = next(iter(answers))
    answers[missed] = wrong_answers(attempt)[missed]
    submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=answers, now=timezone.now())
    client.force_login(basic_member)
    html = client.get(f"/quizzes/attempts/{attempt.pk}/review/").content.decode()
    assert "You passed" in html
    assert "Right answer:" in html
    assert all(right_text in html for right_text in RIGHT_TEXTS)
    assert "keeps residents and colleagues safe" in html


def test_the_fail_page_gives_the_next_step_with_the_lessons_first(client, basic_member, taught_quiz, course):
    submitted = timezone.now().replace(microsecond=0)
    attempt = _fail(basic_member, taught_quiz, now=submitted)
    client.force_login(basic_member)
    html = client.get(f"/quizzes/attempts/{attempt.pk}/review/").content.decode()
    assert "You have 2 attempts left." in html
    next_try = timezone.localtime(submitted + datetime.timedelta(hours=24))
    assert f'datetime="{next_try.isoformat()}"' in html
    assert f"{next_try:%H:%M} on {next_try:%A} {next_try.day} {next_try:%B %Y}" in html
    # The lessons to revisit come before the question-by-question review.
    revisit = html.index('id="lessons-to-revisit"')
    assert revisit < html.index("Your answers")
    for lesson in course.get_children():
        assert revisit < html.index(f'href="{lesson.url}"')


def test_the_fail_page_lists_only_lessons_for_questions_missed(client, basic_member, taught_quiz, course):
    lessons = list(course.get_children())
    attempt = start_attempt(member=basic_member, quiz=taught_quiz, now=timezone.now())
    answers = right_answers(attempt)
    wrong = wrong_answers(attempt)
    # Miss only the questions taught by the first lesson.
    for entry in attempt.questions.select_related("question"):
        if entry.question.lesson_id == lessons[0].pk:
            answers[entry.question_id] = wrong[entry.question_id]
    submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=answers, now=timezone.now())
    client.force_login(basic_member)
    html = client.get(f"/quizzes/attempts/{attempt.pk}/review/").content.decode()
    listed = html[html.index('id="lessons-to-revisit"') : html.index("</ul>", html.index('id="lessons-to-revisit"'))]
    assert lessons[0].title in listed
    assert lessons[1].title not in listed


def test_the_fail_page_says_when_no_attempts_are_left_or_when_one_may_start_now(client, basic_member, taught_quiz):
    taught_quiz.wait_hours_between_attempts = 0
    taught_quiz.save()
    client.force_login(basic_member)
    first = _fail(basic_member, taught_quiz)
    html = client.get(f"/quizzes/attempts/{first.pk}/review/").content.decode()
    assert "You can start your next attempt now" in html
    _fail(basic_member, taught_quiz)
    last = _fail(basic_member, taught_quiz)
    html = client.get(f"/quizzes/attempts/{last.pk}/review/").content.decode()
    assert "You have no attempts left." in html
    assert "You can start your next attempt" not in html


def test_a_lesson_without_a_live_page_is_not_linked(client, basic_member, taught_quiz, course):
    for lesson in course.get_children():
        lesson.unpublish()
    attempt = _fail(basic_member, taught_quiz)
    client.force_login(basic_member)
    html = client.get(f"/quizzes/attempts/{attempt.pk}/review/").content.decode()
    assert 'id="lessons-to-revisit"' not in html
    assert "Revisit the lessons of" in html


def test_the_fail_review_queries_do_not_grow_with_history(
    client, basic_member, taught_quiz, django_assert_max_num_queries
):
    taught_quiz.wait_hours_between_attempts = 0
    taught_quiz.max_attempts = None
    taught_quiz.save()
    client.force_login(basic_member)
    for _ in range(5):
        attempt = _fail(basic_member, taught_quiz)
    LessonPageFactory(parent=taught_quiz.get_parent(), title="One more lesson")
    client.get(f"/quizzes/attempts/{attempt.pk}/review/")  # warm the per-site and per-member caches
    with django_assert_max_num_queries(15):  # issue 14: no page above 15
        assert client.get(f"/quizzes/attempts/{attempt.pk}/review/").status_code == 200
