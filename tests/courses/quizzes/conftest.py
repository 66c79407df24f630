"""A course with two lessons and a licence quiz: two pools, three questions drawn from each."""

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from community.factories import MemberFactory
from community.roles import Role
from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from courses.licences.factories import LicenceTypeFactory
from courses.licences.services import put_licence_course_under_review
from courses.models import CourseIndexPage
from courses.quizzes.factories import QuestionFactory, QuestionPoolFactory, QuizPageFactory, add_draw
from courses.quizzes.models import Question
from courses.quizzes.services import start_attempt
from tests.community.mfa_helpers import sign_in_with_totp


@pytest.fixture
def course(db):
    index = CourseIndexPage.objects.first() or CourseIndexPageFactory(parent=Page.objects.get(depth=2))
    course = CoursePageFactory(parent=index, title="Representing the organisation")
    LessonPageFactory(parent=course, title="Before you post")
    LessonPageFactory(parent=course, title="When things go wrong")
    return course


@pytest.fixture
def pools(db):
    single = QuestionPoolFactory(name="Judgement")
    mixed = QuestionPoolFactory(name="Rules")
    for _ in range(6):
        QuestionFactory(pool=single)
    for _ in range(3):
        QuestionFactory(
            pool=mixed,
            kind=Question.Kind.MULTIPLE,
            options=[("Right one", True), ("Right two", True), ("Wrong", False), ("Also wrong", False)],
        )
        QuestionFactory(pool=mixed, kind=Question.Kind.TRUE_FALSE, options=[("True", True), ("False", False)])
    return single, mixed


@pytest.fixture
def quiz(course, pools):
    quiz = QuizPageFactory(
        parent=course, title="Licence quiz", requires_lessons_complete=False, max_attempts=3, shuffle_options=True
    )
    add_draw(quiz=quiz, pool=pools[0], count=3)
    add_draw(quiz=quiz, pool=pools[1], count=2)
    return quiz


@pytest.fixture
def licence_type(quiz):
    return LicenceTypeFactory(quiz=quiz)


@pytest.fixture
def attempt(basic_member, quiz, licence_type):
    return start_attempt(member=basic_member, quiz=quiz, now=timezone.now())


def right_answers(attempt) -> dict[int, list[int]]:
    return {
        entry.question_id: [o.pk for o in entry.question.options.all() if o.is_correct]
        for entry in attempt.questions.select_related("question")
    }


def wrong_answers(attempt) -> dict[int, list[int]]:
    return {
        entry.question_id: [next(o.pk for o in entry.question.options.all() if not o.is_correct)]
        for entry in attempt.questions.select_related("question")
    }


def as_post(answers: dict[int, list[int]], **extra) -> dict:
    data = {f"question-{question_id}": [str(pk) for pk in option_ids] for question_id, option_ids in answers.items()}
    data.update(extra)
    return data


# Authoring: two champions signed in with TOTP, and the licence course under "Licence review".


@pytest.fixture
def second_champion(db):
    return MemberFactory(roles=(Role.CHAMPION,), email="second.champion@example.org")


@pytest.fixture
def author_client(champion):
    client = Client()
    sign_in_with_totp(client, champion)
    return client


@pytest.fixture
def reviewer_client(second_champion):
    client = Client()
    sign_in_with_totp(client, second_champion)
    return client


@pytest.fixture
def licence_course(course, quiz, licence_type):
    put_licence_course_under_review(licence_type=licence_type)
    return course
