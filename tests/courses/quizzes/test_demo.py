import datetime
import itertools
import random
from collections import Counter
from io import StringIO
from math import comb

import pytest
from django.core.management import call_command
from django.utils import timezone

from community.models import Member
from community.refusals import Refused
from courses.licences.models import Licence, LicenceType
from courses.quizzes.models import Question, QuizPage
from courses.quizzes.services import draw_questions, start_attempt, submit_attempt

pytestmark = pytest.mark.django_db


def test_the_demo_licence_quiz_matches_the_issue():
    call_command("load_demo_content", stdout=StringIO())
    quiz = QuizPage.objects.get(slug="licence-quiz")
    assert quiz.live
    assert quiz.get_parent().title == "Representing the organisation"
    assert quiz.pass_mark_percent == 80
    draws = list(quiz.draws.select_related("pool"))
    assert len(draws) == 2
    for draw in draws:
        assert draw.question_count == 5
        questions = Question.objects.filter(pool=draw.pool).prefetch_related("options")
        # Three attempts' worth: a member's attempts in one cycle never share a question.
        assert questions.count() >= 3 * draw.question_count
        for question in questions:
            assert question.explanation
            assert all(option.feedback for option in question.options.all())
    kinds = set(Question.objects.values_list("kind", flat=True))
    assert kinds == {"single", "multiple", "true_false"}
    assert LicenceType.objects.get(name="Corporate user licence").quiz == quiz
    for email in ("corporate@example.org", "manager@example.org"):
        assert Licence.objects.valid_today().filter(holder__email=email).exists()

    # The demo new starter can take it once the course is done: ten questions drawn.
    newstarter = Member.objects.get(email="newstarter@example.org")
    quiz.requires_lessons_complete = False
    attempt = start_attempt(member=newstarter, quiz=quiz, now=timezone.now())
    assert attempt.questions.count() == 10


DRAWS = 200


def _hypergeometric(pool: int, drawn: int) -> list[float]:
    """P(two independent draws of `drawn` from `pool` share exactly k questions), for each k."""
    return [comb(drawn, k) * comb(pool - drawn, drawn - k) / comb(pool, drawn) for k in range(drawn + 1)]


def _pair_bound(quiz, pairs: int) -> int:
    """The fewest shared questions that all `pairs` pairs stay within with probability above 99%
    (union bound on the exact distribution of the overlap, summed over the quiz's pools)."""
    overlap = [1.0]
    for draw in quiz.draws.all():
        per_pool = _hypergeometric(Question.objects.filter(pool=draw.pool).count(), draw.question_count)
        combined = [0.0] * (len(overlap) + len(per_pool) - 1)
        for (a, pa), (b, pb) in itertools.product(enumerate(overlap), enumerate(per_pool)):
            combined[a + b] += pa * pb
        overlap = combined
    return next(b for b in range(len(overlap)) if pairs * sum(overlap[b + 1 :]) < 0.01)


def test_the_demo_licence_quiz_cannot_be_won_by_retaking_it():
    """Issue 20, item 5: a 24-hour wait after a fail, no right answers on a failed review, and a pool large
    enough that two attempts share at most half their questions, measured over many real draws."""
    call_command("load_demo_content", stdout=StringIO())
    quiz = QuizPage.objects.get(slug="licence-quiz")
    assert quiz.wait_hours_between_attempts == 24
    assert quiz.review_after_fail == QuizPage.ReviewDetail.FEEDBACK
    assert quiz.review_after_pass == QuizPage.ReviewDetail.FULL
    assert Question.objects.filter(pool__in=quiz.draws.values("pool"), lesson__isnull=False).count() >= 20
    size = sum(draw.question_count for draw in quiz.draws.all())
    rng = random.Random(20)

    # Two different members (no history): the draws are independent.
    draws = [{drawn.question_id for drawn in draw_questions(quiz=quiz, rng=rng)} for _ in range(DRAWS)]
    assert all(len(drawn) == size for drawn in draws)
    overlaps = [len(a & b) for a, b in itertools.pairwise(draws)]
    assert sum(overlaps) / len(overlaps) <= size / 2
    bound = _pair_bound(quiz, len(overlaps))
    assert bound <= size - 2  # the demo pools make even the rare worst pair share less than all but two
    assert max(overlaps) <= bound
    # Every question gets drawn: the draw really is random over the whole pool.
    assert len(set().union(*draws)) == Question.objects.filter(pool__in=quiz.draws.values("pool")).count()

    # One member's attempts in a licence cycle (3 at most): least-seen first, so no two share a question.
    for _ in range(DRAWS // quiz.max_attempts):
        seen: Counter = Counter()
        attempts = []
        for _ in range(quiz.max_attempts):
            drawn = {item.question_id for item in draw_questions(quiz=quiz, seen=seen, rng=rng)}
            seen.update(drawn)
            attempts.append(drawn)
        assert all(not (a & b) for a, b in itertools.combinations(attempts, 2))


def test_a_demo_retake_waits_a_day_and_draws_new_questions():
    call_command("load_demo_content", stdout=StringIO())
    quiz = QuizPage.objects.get(slug="licence-quiz")
    quiz.requires_lessons_complete = False
    quiz.save()
    member = Member.objects.get(email="newstarter@example.org")
    now = timezone.now()
    first = start_attempt(member=member, quiz=quiz, now=now)
    submit_attempt(attempt_id=first.pk, member=member, answers={}, now=now)
    with pytest.raises(Refused, match="You can try again from"):
        start_attempt(member=member, quiz=quiz, now=now + datetime.timedelta(hours=23))
    second = start_attempt(member=member, quiz=quiz, now=now + datetime.timedelta(hours=24, minutes=1))
    first_ids = set(first.questions.values_list("question_id", flat=True))
    assert first_ids.isdisjoint(second.questions.values_list("question_id", flat=True))
