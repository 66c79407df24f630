"""Time limits that can be adjusted and extended (WCAG 2.2.1, issue 16).

A champion's reasonable adjustment (extra minutes, or no limit) is recorded with who, when and why and is
seen only by champions and the member; a member may ask for 10 more minutes once, unless the quiz is
strictly timed. The server enforces every part of it.
"""

import datetime

import pytest
from django.utils import timezone

from community.factories import MemberFactory
from community.refusals import Refused
from courses.quizzes.models import QuizAttempt, TimeAdjustment
from courses.quizzes.selectors import EXTENSION, adjustments_in_force, time_adjustment_for
from courses.quizzes.services import extend_attempt, save_answers, set_time_adjustment, start_attempt

pytestmark = pytest.mark.django_db
NOW = timezone.now()


@pytest.fixture
def timed_quiz(quiz, licence_type):
    quiz.time_limit_minutes = 20
    quiz.save()
    return quiz


def adjust(member, champion, *, extra=0, no_limit=False, reason="Agreed with occupational health", now=NOW):
    return set_time_adjustment(
        member=member, extra_minutes=extra, no_limit=no_limit, reason=reason, by=champion, now=now
    )


class TestAdjustments:
    def test_extra_minutes_lengthen_the_attempt(self, timed_quiz, basic_member, champion):
        adjust(basic_member, champion, extra=10)
        attempt = start_attempt(member=basic_member, quiz=timed_quiz, now=NOW)
        assert attempt.deadline - attempt.started_at == datetime.timedelta(minutes=30)

    def test_no_limit_means_no_deadline(self, timed_quiz, basic_member, champion):
        adjust(basic_member, champion, no_limit=True)
        assert start_attempt(member=basic_member, quiz=timed_quiz, now=NOW).deadline is None

    def test_an_adjustment_reaches_an_attempt_in_progress(self, timed_quiz, basic_member, champion):
        attempt = start_attempt(member=basic_member, quiz=timed_quiz, now=NOW)
        adjust(basic_member, champion, extra=15, now=NOW + datetime.timedelta(minutes=5))
        attempt.refresh_from_db()
        assert attempt.deadline - attempt.started_at == datetime.timedelta(minutes=35)

    def test_each_change_is_a_new_row_with_who_when_and_why(self, timed_quiz, basic_member, champion):
        adjust(basic_member, champion, extra=10, reason="Dyslexia")
        adjust(basic_member, champion, extra=0, reason="No longer needed", now=NOW + datetime.timedelta(days=1))
        rows = list(TimeAdjustment.objects.filter(member=basic_member).values_list("extra_minutes", "reason", "set_by"))
        assert rows == [(0, "No longer needed", champion.pk), (10, "Dyslexia", champion.pk)]
        # Ended: the quiz is back to its own limit, and the champion's list no longer shows the member.
        assert time_adjustment_for(member=basic_member) is None
        assert adjustments_in_force() == []
        attempt = start_attempt(member=basic_member, quiz=timed_quiz, now=NOW + datetime.timedelta(days=2))
        assert attempt.deadline - attempt.started_at == datetime.timedelta(minutes=20)

    def test_a_reason_is_required(self, basic_member, champion):
        with pytest.raises(Refused) as refused:
            adjust(basic_member, champion, extra=10, reason="  ")
        assert refused.value.field == "reason"

    def test_another_members_adjustment_does_not_apply(self, timed_quiz, basic_member, champion):
        adjust(MemberFactory(), champion, no_limit=True)
        attempt = start_attempt(member=basic_member, quiz=timed_quiz, now=NOW)
        assert attempt.deadline - attempt.started_at == datetime.timedelta(minutes=20)


class TestExtension:
    def test_once_for_ten_minutes(self, timed_quiz, basic_member):
        attempt = start_attempt(member=basic_member, quiz=timed_quiz, now=NOW)
        deadline = attempt.deadline
        extended = extend_attempt(attempt_id=attempt.pk, member=basic_member, now=NOW + datetime.timedelta(minutes=18))
        assert extended.deadline == deadline + EXTENSION
        with pytest.raises(Refused, match="already had 10 more minutes"):
            extend_attempt(attempt_id=attempt.pk, member=basic_member, now=NOW + datetime.timedelta(minutes=19))
        # The server keeps to the new deadline: answers can still be saved after the old one.
        save_answers(
            attempt_id=attempt.pk, member=basic_member, answers={}, now=deadline + datetime.timedelta(minutes=5)
        )

    def test_not_on_a_strictly_timed_quiz(self, timed_quiz, basic_member):
        timed_quiz.strictly_timed = True
        timed_quiz.save()
        attempt = start_attempt(member=basic_member, quiz=timed_quiz, now=NOW)
        with pytest.raises(Refused, match="strictly timed"):
            extend_attempt(attempt_id=attempt.pk, member=basic_member, now=NOW)

    def test_not_after_time_is_up(self, timed_quiz, basic_member):
        attempt = start_attempt(member=basic_member, quiz=timed_quiz, now=NOW)
        with pytest.raises(Refused, match="Time is up"):
            extend_attempt(attempt_id=attempt.pk, member=basic_member, now=NOW + datetime.timedelta(minutes=25))

    def test_not_without_a_time_limit(self, quiz, licence_type, basic_member):
        attempt = start_attempt(member=basic_member, quiz=quiz, now=NOW)
        with pytest.raises(Refused, match="no time limit"):
            extend_attempt(attempt_id=attempt.pk, member=basic_member, now=NOW)

    def test_not_for_someone_elses_attempt(self, timed_quiz, basic_member, corporate_member):
        attempt = start_attempt(member=basic_member, quiz=timed_quiz, now=NOW)
        with pytest.raises(QuizAttempt.DoesNotExist):
            extend_attempt(attempt_id=attempt.pk, member=corporate_member, now=NOW)

    def test_through_the_page_it_keeps_the_answers_and_says_the_new_time(self, timed_quiz, basic_member, client):
        attempt = start_attempt(member=basic_member, quiz=timed_quiz, now=timezone.now())
        entry = attempt.questions.select_related("question").first()
        option = entry.question.options.first()
        client.force_login(basic_member)
        page = client.get(f"/quizzes/attempts/{attempt.pk}/").content.decode()
        assert "Ask for 10 more minutes" in page
        response = client.post(
            f"/quizzes/attempts/{attempt.pk}/", {f"question-{entry.question_id}": [str(option.pk)], "extend": "1"}
        )
        assert response.status_code == 302
        entry.refresh_from_db()
        attempt.refresh_from_db()
        assert entry.selected_option_ids == [option.pk]
        assert attempt.extended_at is not None
        page = client.get(f"/quizzes/attempts/{attempt.pk}/").content.decode()
        assert "you have 10 more minutes" in page
        assert "Ask for 10 more minutes" not in page


class TestWhatPagesSay:
    def test_the_start_page_says_how_long_the_member_has(self, timed_quiz, basic_member, champion, client):
        client.force_login(basic_member)
        assert "You have 20 minutes once you start." in client.get(timed_quiz.url).content.decode()
        adjust(basic_member, champion, extra=10)
        page = client.get(timed_quiz.url).content.decode()
        assert "You have 30 minutes once you start, including 10 extra minutes a champion has agreed" in page
        assert "ask for 10 more minutes" in page

    def test_no_other_member_sees_an_adjustment(self, timed_quiz, basic_member, corporate_member, champion, client):
        adjust(basic_member, champion, extra=10, reason="A private reason")
        client.force_login(corporate_member)
        page = client.get(timed_quiz.url).content.decode()
        assert "You have 20 minutes once you start." in page
        assert client.get("/quizzes/time-adjustments/").status_code == 404
        client.force_login(champion)
        page = client.get("/quizzes/time-adjustments/").content.decode()
        assert "A private reason" in page
        assert basic_member.email in page

    def test_a_champion_records_one_through_the_form(self, basic_member, champion, client):
        client.force_login(champion)
        url = "/quizzes/time-adjustments/"
        response = client.post(url, {"email": basic_member.email, "kind": "extra", "reason": "Dyslexia"})
        assert response.status_code == 400
        assert "Enter how many extra minutes" in response.content.decode()
        assert "<title>Error:" in response.content.decode()
        response = client.post(url, {"email": "nobody@example.org", "kind": "no_limit", "reason": "x"})
        assert "No member has this email address" in response.content.decode()
        response = client.post(
            url, {"email": basic_member.email, "kind": "extra", "extra_minutes": "15", "reason": "Dyslexia"}
        )
        assert response.status_code == 302
        assert time_adjustment_for(member=basic_member).extra_minutes == 15
