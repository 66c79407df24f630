from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from community.models import Member
from courses.licences.models import Licence, LicenceType
from courses.quizzes.models import Question, QuizPage
from courses.quizzes.services import start_attempt

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
        assert questions.count() >= 8
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
