import pytest
from django.utils import timezone

from courses.quizzes.factories import QuestionFactory, QuestionPoolFactory, QuizPageFactory, add_draw
from courses.quizzes.models import Question, QuizAttempt
from courses.quizzes.scoring import is_right, passes, percent
from courses.quizzes.services import start_attempt, submit_attempt

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("selected", "correct", "expected"),
    [
        ({1}, {1}, True),
        ({2}, {1}, False),
        (set(), {1}, False),
        ({1, 2}, {1, 2}, True),
        ({1}, {1, 2}, False),
        ({1, 2, 3}, {1, 2}, False),
    ],
)
def test_a_question_is_right_only_with_exactly_its_correct_options(selected, correct, expected):
    assert is_right(selected=selected, correct=correct) is expected


def test_percent_rounds_down_so_a_near_miss_does_not_pass():
    attempt = QuizAttempt(quiz=QuizPageFactory.build(pass_mark_percent=80), pass_mark_percent=80)
    assert percent(correct_count=7, question_count=9) == 77
    assert not passes(attempt=attempt, percent_scored=percent(correct_count=79, question_count=100))
    assert passes(attempt=attempt, percent_scored=percent(correct_count=8, question_count=10))
    assert percent(correct_count=0, question_count=0) == 0


def quiz_of_one(course, kind, options):
    pool = QuestionPoolFactory()
    question = QuestionFactory(pool=pool, kind=kind, options=options)
    quiz = QuizPageFactory(parent=course, requires_lessons_complete=False)
    add_draw(quiz=quiz, pool=pool, count=1)
    return quiz, question


def score(member, quiz, question, chosen_texts):
    attempt = start_attempt(member=member, quiz=quiz, now=timezone.now())
    chosen = [o.pk for o in question.options.all() if o.text in chosen_texts]
    return submit_attempt(attempt_id=attempt.pk, member=member, answers={question.pk: chosen}, now=timezone.now())


@pytest.mark.parametrize(
    ("chosen", "passed"),
    [(["Answer A"], True), (["Answer B"], False), ([], False)],
)
def test_single_choice_scoring(course, basic_member, chosen, passed):
    quiz, question = quiz_of_one(
        course, Question.Kind.SINGLE, [("Answer A", True), ("Answer B", False), ("Answer C", False)]
    )
    submission = score(basic_member, quiz, question, chosen)
    assert submission.attempt.passed is passed
    assert submission.attempt.percent == (100 if passed else 0)


@pytest.mark.parametrize(
    ("chosen", "passed"),
    [(["A", "B"], True), (["A"], False), (["A", "B", "C"], False), (["C"], False)],
)
def test_multiple_choice_needs_every_right_option_and_no_wrong_one(course, basic_member, chosen, passed):
    quiz, question = quiz_of_one(course, Question.Kind.MULTIPLE, [("A", True), ("B", True), ("C", False)])
    assert score(basic_member, quiz, question, chosen).attempt.passed is passed


@pytest.mark.parametrize(("chosen", "passed"), [(["False"], True), (["True"], False)])
def test_true_false_scoring(course, basic_member, chosen, passed):
    quiz, question = quiz_of_one(course, Question.Kind.TRUE_FALSE, [("True", False), ("False", True)])
    submission = score(basic_member, quiz, question, chosen)
    assert submission.attempt.passed is passed
    entry = submission.attempt.questions.get()
    assert entry.is_correct is passed
