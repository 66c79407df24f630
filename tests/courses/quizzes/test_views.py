import datetime

import pytest
from dateutil.relativedelta import relativedelta
from django.utils import timezone

from community.factories import MemberFactory
from courses.licences.factories import LicenceFactory
from courses.licences.models import Licence
from courses.quizzes.models import QuizAttempt, QuizPage
from courses.quizzes.services import start_attempt, submit_attempt
from tests.conftest import ROLE_NAMES
from tests.courses.quizzes.conftest import as_post, right_answers, wrong_answers

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_every_member_sees_the_quiz_page_and_anonymous_people_sign_in(client_for_role, role, quiz, licence_type):
    response = client_for_role(role).get(quiz.url)
    if role == "anonymous":
        assert response.status_code == 302
        assert "/accounts/login/" in response.url
        return
    assert response.status_code == 200
    html = response.content.decode()
    assert "Licence quiz" in html
    assert "80% or more" in html
    if role in ("corporate", "manager"):
        assert "You hold the Corporate user licence" in html
    else:
        assert "Start the quiz" in html


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_starting_an_attempt_by_role(client_for_role, role, quiz, licence_type):
    client = client_for_role(role)
    response = client.post(f"/quizzes/{quiz.pk}/start/")
    if role == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response.url
        assert not QuizAttempt.objects.exists()
    elif role in ("corporate", "manager"):
        # They already hold the licence outside its renewal window: told so, no attempt.
        assert response.status_code == 302 and response.url == quiz.url
        assert not QuizAttempt.objects.exists()
    else:
        attempt = QuizAttempt.objects.get()
        assert response.url == f"/quizzes/attempts/{attempt.pk}/"


def test_start_is_post_only(client, basic_member, quiz):
    client.force_login(basic_member)
    assert client.get(f"/quizzes/{quiz.pk}/start/").status_code == 405
    assert not QuizAttempt.objects.exists()


def test_a_double_click_on_start_makes_one_attempt(client, basic_member, quiz, licence_type):
    client.force_login(basic_member)
    first = client.post(f"/quizzes/{quiz.pk}/start/")
    second = client.post(f"/quizzes/{quiz.pk}/start/")
    assert first.url == second.url
    assert QuizAttempt.objects.count() == 1


def test_an_unpublished_quiz_cannot_be_started(client, basic_member, quiz):
    quiz.unpublish()
    client.force_login(basic_member)
    assert client.post(f"/quizzes/{quiz.pk}/start/").status_code == 404


@pytest.mark.parametrize("role", ["anonymous", "corporate", "champion", "coordinator", "techsupport"])
def test_another_members_attempt_is_not_found(client_for_role, role, attempt):
    client = client_for_role(role)
    for url in (f"/quizzes/attempts/{attempt.pk}/", f"/quizzes/attempts/{attempt.pk}/review/"):
        response = client.get(url)
        if role == "anonymous":
            assert response.status_code == 302
        else:
            assert response.status_code == 404
    response = client.post(f"/quizzes/attempts/{attempt.pk}/", as_post(right_answers(attempt), submit="1"))
    assert response.status_code in (302, 404) if role == "anonymous" else response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.is_in_progress


def test_submitting_through_the_page_passes_and_grants_the_licence(client, basic_member, attempt):
    client.force_login(basic_member)
    response = client.post(f"/quizzes/attempts/{attempt.pk}/", as_post(right_answers(attempt), submit="1"))
    assert response.url == f"/quizzes/attempts/{attempt.pk}/review/"
    page = client.get(response.url).content.decode()
    assert "You passed" in page
    assert "You now hold the Corporate user licence" in page
    licence = Licence.objects.get(holder=basic_member)
    assert f"/licences/{licence.pk}/certificate/" in page


def test_a_double_submit_through_the_page_scores_once(client, basic_member, attempt):
    client.force_login(basic_member)
    client.post(f"/quizzes/attempts/{attempt.pk}/", as_post(wrong_answers(attempt), submit="1"))
    response = client.post(f"/quizzes/attempts/{attempt.pk}/", as_post(right_answers(attempt), submit="1"), follow=True)
    assert "already submitted" in response.content.decode()
    attempt.refresh_from_db()
    assert not attempt.passed
    assert not Licence.objects.exists()


def test_an_extra_question_in_the_form_is_rejected_with_a_message(client, basic_member, attempt, pools):
    outside = pools[0].questions.exclude(pk__in=attempt.questions.values("question_id")).first()
    data = as_post(right_answers(attempt) | {outside.pk: [outside.options.first().pk]}, submit="1")
    client.force_login(basic_member)
    response = client.post(f"/quizzes/attempts/{attempt.pk}/", data)
    assert response.status_code == 400
    assert "not part of this attempt" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.is_in_progress


def test_a_forged_option_in_the_form_is_rejected_with_a_message(client, basic_member, attempt, pools):
    answers = right_answers(attempt)
    answers[next(iter(answers))] = [999999]
    client.force_login(basic_member)
    response = client.post(f"/quizzes/attempts/{attempt.pk}/", as_post(answers, submit="1"))
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.is_in_progress


def test_a_missing_answer_is_linked_to_its_question(client, basic_member, attempt):
    answers = right_answers(attempt)
    first = attempt.questions.order_by("position").first()
    del answers[first.question_id]
    client.force_login(basic_member)
    response = client.post(f"/quizzes/attempts/{attempt.pk}/", as_post(answers, submit="1"))
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html
    assert f'href="#id_question-{first.question_id}_0"' in html
    assert "to question 1" in html


def test_saving_keeps_answers_for_later(client, basic_member, attempt):
    answers = right_answers(attempt)
    client.force_login(basic_member)
    response = client.post(f"/quizzes/attempts/{attempt.pk}/", as_post(dict(list(answers.items())[:1]), save="1"))
    assert response.status_code == 302
    entry = attempt.questions.get(question_id=next(iter(answers)))
    assert entry.selected_option_ids == answers[entry.question_id]
    html = client.get(f"/quizzes/attempts/{attempt.pk}/").content.decode()
    assert f'value="{answers[entry.question_id][0]}" checked' in html


Detail = QuizPage.ReviewDetail


@pytest.mark.parametrize(
    ("passed", "detail", "shows_marks", "shows_feedback", "shows_answers"),
    [
        (False, Detail.SCORE, False, False, False),
        (False, Detail.MARKS, True, False, False),
        (False, Detail.FEEDBACK, True, True, False),
        (True, Detail.SCORE, False, False, False),
        (True, Detail.MARKS, True, False, False),
        (True, Detail.FULL, True, True, True),
    ],
)
def test_the_review_follows_the_quiz_setting_for_the_outcome(
    client, basic_member, quiz, attempt, passed, detail, shows_marks, shows_feedback, shows_answers
):
    setattr(quiz, "review_after_pass" if passed else "review_after_fail", detail)
    quiz.save()
    # A pass gets 4 of 5 right (80%), so one wrong answer is there to review either way.
    answers = right_answers(attempt) if passed else wrong_answers(attempt)
    missed = next(iter(answers))
    answers[missed] = wrong_answers(attempt)[missed]
    submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=answers, now=timezone.now())
    client.force_login(basic_member)
    html = client.get(f"/quizzes/attempts/{attempt.pk}/review/").content.decode()
    assert ("You passed" in html) is passed
    assert ("Your answers" in html) is shows_marks
    assert ("Feedback on wrong" in html) is shows_feedback
    assert ("Right answer:" in html) is shows_answers
    assert ("keeps residents and colleagues safe" in html) is shows_answers


def test_an_approval_licence_asks_for_a_reason_and_line_manager(client, basic_member, quiz, licence_type):
    licence_type.requires_approval = True
    licence_type.save()
    client.force_login(basic_member)
    page = client.get(quiz.url).content.decode()
    assert "Your line manager" in page
    response = client.post(f"/quizzes/{quiz.pk}/start/", {"business_reason": "", "line_manager": ""})
    html = response.content.decode()
    assert "Enter why you need to post for the organisation" in html
    assert 'href="#id_line_manager"' in html
    assert not QuizAttempt.objects.exists()

    client.post(f"/quizzes/{quiz.pk}/start/", {"business_reason": "I run library events.", "line_manager": "Sam Lee"})
    attempt = QuizAttempt.objects.get()
    client.post(f"/quizzes/attempts/{attempt.pk}/", as_post(right_answers(attempt), submit="1"))
    licence = Licence.objects.get(holder=basic_member)
    assert licence.status == Licence.Status.PENDING
    assert (licence.business_reason, licence.line_manager) == ("I run library events.", "Sam Lee")
    assert not licence.is_valid_today


def seed_history(quiz, count: int):
    """Other members' submitted attempts, to show page queries do not grow with the data."""
    for _ in range(count):
        member = MemberFactory()
        attempt = start_attempt(member=member, quiz=quiz, now=timezone.now())
        submit_attempt(attempt_id=attempt.pk, member=member, answers=wrong_answers(attempt), now=timezone.now())


def test_query_budgets_for_quiz_attempt_and_review_pages(
    client, basic_member, quiz, licence_type, django_assert_max_num_queries
):
    seed_history(quiz, 6)
    quiz.max_attempts = None
    quiz.save()
    client.force_login(basic_member)
    for _ in range(4):
        attempt = start_attempt(member=basic_member, quiz=quiz, now=timezone.now())
        submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=wrong_answers(attempt), now=timezone.now())
    attempt = start_attempt(member=basic_member, quiz=quiz, now=timezone.now())
    assert client.get(quiz.url).status_code == 200  # cold caches
    # Warm: the address is found in one step (community/page_serving.py); none of these grow with the data.
    with django_assert_max_num_queries(12):
        assert client.get(quiz.url).status_code == 200
    # The header's unread count is stored on the member (no query); the session and facts are cached.
    with django_assert_max_num_queries(6):
        assert client.get(f"/quizzes/attempts/{attempt.pk}/").status_code == 200
    submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=right_answers(attempt), now=timezone.now())
    # As above, plus the licence the pass granted; none of it grows with the data seeded.
    with django_assert_max_num_queries(10):
        assert client.get(f"/quizzes/attempts/{attempt.pk}/review/").status_code == 200


def test_a_holder_inside_the_renewal_window_may_retake_and_renew(client, quiz, licence_type, basic_member):
    today = timezone.localdate()
    licence = LicenceFactory(
        holder=basic_member,
        licence_type=licence_type,
        issued_on=today - datetime.timedelta(days=350),
        expires_on=today + datetime.timedelta(days=10),
    )
    client.force_login(basic_member)
    html = client.get(quiz.url).content.decode()
    assert "Pass the quiz again to renew it" in html
    assert f"/licences/{licence.pk}/certificate/" in html
    client.post(f"/quizzes/{quiz.pk}/start/")
    attempt = QuizAttempt.objects.get()
    response = client.post(f"/quizzes/attempts/{attempt.pk}/", as_post(right_answers(attempt), submit="1"), follow=True)
    licence.refresh_from_db()
    assert licence.expires_on == today + datetime.timedelta(days=10) + relativedelta(months=12)
    assert "is renewed until" in response.content.decode()


def test_the_course_page_links_to_its_live_quiz_only(client, basic_member, course, quiz):
    client.force_login(basic_member)
    html = client.get(course.url).content.decode()
    assert f'href="{quiz.url}"' in html and "After the lessons" in html
    quiz.unpublish()
    html = client.get(course.url).content.decode()
    assert f'href="{quiz.url}"' not in html and "After the lessons" not in html
