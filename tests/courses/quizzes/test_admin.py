"""Champions author question pools, questions and quizzes in the Wagtail admin; nobody else does."""

import pytest

from courses.quizzes.factories import QuestionPoolFactory
from courses.quizzes.models import Question, QuizPage
from tests.community.mfa_helpers import sign_in_with_totp
from tests.conftest import ROLE_NAMES

pytestmark = pytest.mark.django_db

ADMIN_ROLES = {"champion", "coordinator", "techsupport"}


@pytest.fixture
def admin_client(client_for_role, member_for_role):
    def get(role):
        client = client_for_role(role)
        if role in ADMIN_ROLES:
            sign_in_with_totp(client, member_for_role(role))
        return client

    return get


def question_form(pool, kind="single", options=(("Pause first", True, ""), ("Post at once", False, ""))):
    data = {
        "pool": pool.pk,
        "kind": kind,
        "text": "What do you do before posting a photo of a resident?",
        "explanation": "You need their consent.",
        "options-TOTAL_FORMS": str(len(options)),
        "options-INITIAL_FORMS": "0",
        "options-MIN_NUM_FORMS": "2",
        "options-MAX_NUM_FORMS": "1000",
    }
    for index, (text, correct, feedback) in enumerate(options):
        data[f"options-{index}-text"] = text
        data[f"options-{index}-feedback"] = feedback
        data[f"options-{index}-ORDER"] = str(index + 1)
        if correct:
            data[f"options-{index}-is_correct"] = "on"
    return data


ADD_QUESTION = "/admin/snippets/quizzes/question/add/"


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_only_champions_author_questions(admin_client, role):
    pool = QuestionPoolFactory()
    client = admin_client(role)
    listing = client.get("/admin/snippets/quizzes/questionpool/")
    response = client.post(ADD_QUESTION, question_form(pool))
    if role == "champion":
        assert listing.status_code == 200
        assert response.status_code == 302
        assert Question.objects.get().options.count() == 2
    else:
        assert listing.status_code == 302
        assert not Question.objects.exists()


@pytest.mark.parametrize(
    ("kind", "options", "message"),
    [
        ("single", (("A", True, ""), ("B", True, "")), "Mark exactly one option as correct."),
        ("single", (("A", False, ""), ("B", False, "")), "Mark exactly one option as correct."),
        ("multiple", (("A", False, ""), ("B", False, "")), "Mark at least one option as correct."),
        ("true_false", (("True", True, ""), ("False", False, ""), ("Maybe", False, "")), "exactly two options"),
    ],
)
def test_a_question_must_fit_its_type(admin_client, kind, options, message):
    pool = QuestionPoolFactory()
    response = admin_client("champion").post(ADD_QUESTION, question_form(pool, kind, options))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Question.objects.exists()


def test_a_quiz_can_only_be_added_inside_a_course(course):
    assert QuizPage.can_create_at(course)
    assert not QuizPage.can_create_at(course.get_parent())


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_only_champions_manage_licence_types(admin_client, role):
    response = admin_client(role).get("/admin/snippets/licences/licencetype/")
    assert response.status_code == (200 if role == "champion" else 302)


def test_champions_open_the_licence_type_and_quiz_forms(admin_client, course, licence_type):
    client = admin_client("champion")
    response = client.get(f"/admin/snippets/licences/licencetype/edit/{licence_type.pk}/")
    assert response.status_code == 200
    assert "Renewal window days" in response.content.decode()
    response = client.get(f"/admin/pages/add/quizzes/quizpage/{course.pk}/")
    assert response.status_code == 200
    assert "Pass mark (%)" in response.content.decode()
