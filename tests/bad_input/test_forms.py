"""Bad POST bodies for each form, one by one: each gets a clear message, and nothing is half-written.

Every refused submit leaves the row counts as they were; every double submit makes one row, not two.
"""

import uuid

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from community.forms import NUL_MESSAGE
from community.forum.models import Flag, ModerationAction, Post, PostRevision, Topic
from community.notifications.models import EmailPreference, Notification
from community.workshops.models import Placing, Workshop, WorkshopStatement
from courses.licences.models import Licence, LicenceStatusChange
from courses.models import Enrolment, GuidelineAcknowledgement
from courses.quizzes.models import QuizAttempt, TimeAdjustment
from tests.bad_input.conftest import HUGE, LONG, NUL

pytestmark = pytest.mark.django_db

NUL_SHOWN = "Remove the hidden NUL character"
assert NUL_SHOWN in NUL_MESSAGE

FORUM_ROWS = (Topic, Post, PostRevision, Flag, ModerationAction)


def counts(*models) -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in models}


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def client_for(member) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(member)
    return client


# --- Forum: new topic ---------------------------------------------------------------------------------------------

GOOD_TOPIC = {"title": "Answering out of hours", "body": "Who covers the accounts at weekends?", "tags": "rota"}


@pytest.mark.parametrize(
    ("changes", "shown"),
    [
        ({"title": "Out of hours" + NUL}, NUL_SHOWN),
        ({"body": "Who covers" + NUL + " weekends?"}, NUL_SHOWN),
        ({"tags": "rota," + NUL}, NUL_SHOWN),
        ({"title": "", "body": ""}, "Enter a title for the topic."),
        ({"body": "   "}, "Enter the text of your post."),
        ({"title": LONG}, "The title must be 150 characters or fewer."),
        ({"body": LONG}, "A post must be 20,000 characters or fewer."),
        ({"tags": "a,b,c,d,e,f,g"}, "Use up to 5 tags."),
        ({"submission_key": "not-a-key"}, "Enter a valid UUID."),
    ],
)
def test_a_refused_topic_says_why_and_writes_nothing(world, champion_client, changes, shown):
    before = counts(*FORUM_ROWS)
    url = reverse("forum:new_topic", args=[world.category.slug])
    response = champion_client.post(url, {**GOOD_TOPIC, **changes})
    assert response.status_code == 200
    assert shown in response.content.decode()
    assert counts(*FORUM_ROWS) == before


def test_a_topic_sent_twice_is_posted_once(world, champion_client):
    url = reverse("forum:new_topic", args=[world.category.slug])
    key = str(uuid.uuid4())
    first = champion_client.post(url, {**GOOD_TOPIC, "submission_key": key})
    second = champion_client.post(url, {**GOOD_TOPIC, "submission_key": key})
    topic = Topic.objects.get(title=GOOD_TOPIC["title"])
    assert first.status_code == second.status_code == 302
    assert first.url == second.url == topic.get_absolute_url()
    assert "You already posted this topic. Here it is." in messages_of(second)
    assert topic.posts.count() == 1


def test_the_new_topic_form_carries_a_fresh_key_each_time(world, champion_client):
    url = reverse("forum:new_topic", args=[world.category.slug])
    keys = [champion_client.get(url).context["form"]["submission_key"].value() for _ in range(2)]
    assert all(keys) and keys[0] != keys[1]


def test_no_topic_in_a_category_that_does_not_exist(world, champion_client):
    before = counts(*FORUM_ROWS)
    response = champion_client.post(reverse("forum:new_topic", args=["no-such-category"]), GOOD_TOPIC)
    assert response.status_code == 404
    assert counts(*FORUM_ROWS) == before


# --- Forum: reply, edit -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("Good" + NUL + " point", NUL_SHOWN),
        ("", "Enter the text of your post."),
        (LONG, "A post must be 20,000 characters or fewer."),
    ],
)
def test_a_refused_reply_says_why_and_writes_nothing(world, champion_client, body, shown):
    before = counts(*FORUM_ROWS, Notification)
    response = champion_client.post(reverse("forum:reply", args=[world.topic.pk]), {"body": body})
    assert response.status_code == 200
    assert shown in response.content.decode()
    assert counts(*FORUM_ROWS, Notification) == before


def test_a_reply_sent_twice_is_posted_once(world, champion_client):
    url = reverse("forum:reply", args=[world.topic.pk])
    data = {"body": "Agreed: a rota, shared with the press office.", "submission_key": str(uuid.uuid4())}
    first = champion_client.post(url, data)
    second = champion_client.post(url, data)
    post = Post.objects.get(body=data["body"])
    # The first lands on the topic, where the success banner takes the focus; the second points at the reply.
    assert first.url == world.topic.get_absolute_url()
    assert second.url == post.get_absolute_url()
    assert "You already posted this reply. Here it is." in messages_of(second)


def test_the_same_words_in_a_new_reply_form_are_a_new_reply(world, champion_client, settings):
    """Only the same form sent twice is a duplicate: saying "+1" twice, on purpose, is allowed."""
    settings.FORUM_NEW_MEMBER_POSTS_PER_MINUTE = 100
    url = reverse("forum:reply", args=[world.topic.pk])
    for _ in range(2):
        champion_client.post(url, {"body": "+1", "submission_key": str(uuid.uuid4())})
    assert Post.objects.filter(body="+1").count() == 2


def test_no_reply_to_a_topic_that_does_not_exist(world, champion_client):
    before = counts(*FORUM_ROWS)
    for pk in (999_999, HUGE):
        assert champion_client.post(f"/forum/t/{pk}/reply/", {"body": "Hello"}).status_code == 404
    assert counts(*FORUM_ROWS) == before


@pytest.mark.parametrize(
    ("changes", "shown"),
    [
        ({"body": "Edited" + NUL}, NUL_SHOWN),
        ({"body": ""}, "Enter the text of your post."),
        ({"body": LONG}, "A post must be 20,000 characters or fewer."),
        ({"version": "abc"}, "Enter a whole number."),
        ({"version": NUL}, NUL_SHOWN),
        ({"version": str(HUGE)}, "Someone changed this post while you were editing it."),
        ({"version": ""}, "This field is required."),
    ],
)
def test_a_refused_edit_says_why_and_changes_nothing(world, changes, shown):
    client = client_for(world.other)
    post = world.others_reply
    data = {"body": "Politely, quickly, and in plain words.", "version": str(post.version), **changes}
    response = client.post(reverse("forum:edit_post", args=[post.pk]), data)
    assert response.status_code == 200
    assert shown in response.content.decode()
    post.refresh_from_db()
    assert (post.body, post.version, post.revisions.count()) == ("Politely, and quickly.", 1, 0)


def test_an_edit_sent_twice_is_saved_once(world):
    client = client_for(world.other)
    post = world.others_reply
    data = {"body": "Politely, quickly, and in plain words.", "version": "1"}
    assert client.post(reverse("forum:edit_post", args=[post.pk]), data).status_code == 302
    second = client.post(reverse("forum:edit_post", args=[post.pk]), data)
    assert "Someone changed this post while you were editing it." in second.content.decode()
    post.refresh_from_db()
    assert (post.version, post.revisions.count()) == (2, 1)


def test_nobody_edits_someone_elses_post(world):
    post = world.own_reply  # the champion's
    client = client_for(world.other)
    response = client.post(reverse("forum:edit_post", args=[post.pk]), {"body": "Mine now", "version": "1"})
    assert response.status_code in (403, 404)
    post.refresh_from_db()
    assert post.body == "In public first, then privately." and post.version == 1


# --- Forum: flags and moderation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        ({}, "Choose why you are flagging this post."),
        ({"reason": "bogus"}, "Select a valid choice."),
        ({"reason": NUL}, NUL_SHOWN),
        ({"reason": "spam", "note": "See" + NUL}, NUL_SHOWN),
        ({"reason": "spam", "note": LONG}, "Ensure this value has at most 500 characters"),
    ],
)
def test_a_refused_flag_says_why_and_writes_nothing(world, data, shown):
    response = client_for(world.other).post(reverse("forum:flag", args=[world.own_reply.pk]), data)
    assert response.status_code == 200
    assert shown in response.content.decode()
    assert not Flag.objects.exists()


def test_a_flag_sent_twice_is_one_flag(world):
    client = client_for(world.other)
    for _ in range(2):
        assert client.post(reverse("forum:flag", args=[world.own_reply.pk]), {"reason": "spam"}).status_code == 302
    assert Flag.objects.count() == 1


@pytest.mark.parametrize(
    ("category", "shown"),
    [("abc", "Choose a category from the list."), (str(HUGE), "Choose a category from the list."), (NUL, NUL_SHOWN)],
)
def test_moving_to_a_bad_category_moves_nothing(world, champion_client, category, shown):
    before = counts(*FORUM_ROWS)
    response = champion_client.post(reverse("forum:move", args=[world.topic.pk]), {"category": category})
    assert response.status_code == 200 and shown in response.content.decode()
    world.topic.refresh_from_db()
    assert world.topic.category_id == world.category.pk
    assert counts(*FORUM_ROWS) == before


@pytest.mark.parametrize(
    ("into", "shown"),
    [
        ("abc", "Enter a whole number."),
        (NUL, NUL_SHOWN),
        ("0", "Ensure this value is greater than or equal to 1."),
        (str(HUGE), "There is no topic with that number."),
        ("999999", "There is no topic with that number."),
        ("", "Enter the number of the topic to merge into."),
    ],
)
def test_merging_into_a_bad_topic_merges_nothing(world, champion_client, into, shown):
    before = counts(*FORUM_ROWS)
    response = champion_client.post(reverse("forum:merge", args=[world.topic.pk]), {"into": into})
    assert response.status_code == 200 and shown in response.content.decode()
    world.topic.refresh_from_db()
    assert world.topic.merged_into_id is None
    assert counts(*FORUM_ROWS) == before


def test_merging_a_topic_into_itself_is_refused(world, champion_client):
    before = counts(*FORUM_ROWS)
    response = champion_client.post(reverse("forum:merge", args=[world.topic.pk]), {"into": str(world.topic.pk)})
    assert response.status_code == 200
    assert 'class="govuk-error-message"' in response.content.decode()
    assert counts(*FORUM_ROWS) == before


def test_an_unknown_moderation_verb_is_a_404_and_does_nothing(world, champion_client):
    before = counts(*FORUM_ROWS)
    for url in (f"/forum/moderation/t/{world.topic.pk}/explode/", f"/forum/moderation/p/{world.others_reply.pk}/x/"):
        assert champion_client.post(url).status_code == 404
    assert counts(*FORUM_ROWS) == before


def test_pinning_twice_logs_and_pins_once_or_says_so(world, champion_client):
    url = reverse("forum:moderate_topic", args=[world.topic.pk, "pin"])
    champion_client.post(url)
    champion_client.post(url)
    world.topic.refresh_from_db()
    assert world.topic.is_pinned
    assert ModerationAction.objects.filter(topic=world.topic).count() <= 2


# --- Notifications ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("frequency", "shown"), [("bogus", "Select a valid choice."), (NUL, NUL_SHOWN), ("", "")])
def test_a_bad_email_preference_is_refused(world, champion_client, frequency, shown):
    response = champion_client.post(reverse("notifications:preferences"), {"frequency": frequency})
    assert response.status_code == 200
    assert (shown or "Choose how often you want emails.") in response.content.decode()
    assert not EmailPreference.objects.exists()


def test_opening_someone_elses_notification_is_a_404_and_marks_nothing(world):
    response = client_for(world.other).post(reverse("notifications:open", args=[world.notification.pk]))
    assert response.status_code == 404
    world.notification.refresh_from_db()
    assert world.notification.read_at is None


def test_a_forged_unsubscribe_token_changes_nothing(world):
    client = Client(raise_request_exception=False)
    for token in ("junk", "a" * 3000, "eyJtZW1iZXIiOjF9:forged:signature", "%00"):
        response = client.post(f"/notifications/unsubscribe/{token}/")
        assert response.status_code in (400, 404)
    assert not EmailPreference.objects.exists()


# --- Workshops ----------------------------------------------------------------------------------------------------

GOOD_WORKSHOP = {"question": "Should we post at weekends?", "themes": ["activities"], "closes_on": "2099-01-31"}


@pytest.mark.parametrize(
    ("changes", "shown"),
    [
        ({"question": "Weekends" + NUL}, NUL_SHOWN),
        ({"introduction": "Hello" + NUL}, NUL_SHOWN),
        ({"themes": ["activities", NUL]}, NUL_SHOWN),
        ({"themes": ["bogus"]}, "Select a valid choice."),
        ({"themes": []}, "Choose at least one theme."),
        ({"closes_on": "abc"}, "Enter a real date, for example 2027-03-27."),
        ({"closes_on": "99999-01-01"}, "Enter a real date, for example 2027-03-27."),
        ({"closes_on": "2000-01-01"}, "The closing date must be today or in the future."),
        ({"closes_on": NUL}, NUL_SHOWN),
        ({"question": LONG}, "Ensure this value has at most 200 characters"),
    ],
)
def test_a_refused_workshop_says_why_and_opens_nothing(world, champion_client, changes, shown):
    before = Workshop.objects.count()
    response = champion_client.post(reverse("workshops:new"), {**GOOD_WORKSHOP, **changes})
    assert response.status_code == 200
    assert shown in response.content.decode()
    assert Workshop.objects.count() == before


def test_a_workshop_sent_twice_opens_once(world, champion_client):
    data = {**GOOD_WORKSHOP, "submission_key": str(uuid.uuid4())}
    first = champion_client.post(reverse("workshops:new"), data)
    second = champion_client.post(reverse("workshops:new"), data)
    workshop = Workshop.objects.get(question=GOOD_WORKSHOP["question"])
    assert first.url == second.url == workshop.get_absolute_url()
    assert "You already opened this workshop. Here it is." in messages_of(second)


@pytest.mark.parametrize(
    ("changes", "shown"),
    [
        ({"text": "Be kind" + NUL}, NUL_SHOWN),
        ({"text": ""}, "Enter a statement."),
        ({"text": LONG}, "A statement must be 200 characters or fewer."),
        ({"position": "9"}, "Select a valid choice."),
        ({"position": "abc"}, "Select a valid choice."),
        ({"position": NUL}, NUL_SHOWN),
        ({"theme": "activities"}, "Select a valid choice."),  # a real theme, but not this workshop's
        ({"theme": NUL}, NUL_SHOWN),
    ],
)
def test_a_refused_statement_says_why_and_writes_nothing(world, changes, shown):
    before = counts(WorkshopStatement, Placing)
    data = {"text": "Be kind in replies", "theme": "style", "position": "2", **changes}
    response = client_for(world.other).post(reverse("workshops:add_statement", args=[world.workshop.pk]), data)
    assert response.status_code == 200
    assert shown in response.content.decode()
    assert counts(WorkshopStatement, Placing) == before


def test_a_statement_sent_twice_is_on_the_line_once(world):
    client = client_for(world.other)
    data = {"text": "Be kind in replies", "theme": "style", "position": "2"}
    url = reverse("workshops:add_statement", args=[world.workshop.pk])
    assert client.post(url, data).status_code == 302
    second = client.post(url, data)
    assert "already on the line" in second.content.decode()
    assert WorkshopStatement.objects.filter(text="Be kind in replies").count() == 1
    assert Placing.objects.count() == 1


@pytest.mark.parametrize("value", ["9", "0", "abc", NUL, str(HUGE)])
def test_a_bad_placing_is_refused_and_saves_nothing(world, value):
    field = f"s{world.workshop_statement.pk}"
    response = client_for(world.other).post(reverse("workshops:place", args=[world.workshop.pk]), {field: value})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice." in html or NUL_SHOWN in html
    assert not Placing.objects.exists()


def test_placing_a_statement_of_another_workshop_places_nothing(world, champion_client):
    other = Workshop.objects.create(
        question="Another question?", themes=[], closes_at=world.workshop.closes_at, created_by=world.champion
    )
    elsewhere = WorkshopStatement.objects.create(workshop=other, text="Elsewhere", author=world.champion)
    champion_client.post(reverse("workshops:place", args=[world.workshop.pk]), {f"s{elsewhere.pk}": "1"})
    assert not Placing.objects.exists()


# --- Courses and quizzes ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["abc", NUL, "", "0", str(HUGE)])
def test_a_bad_acknowledgement_is_refused_and_records_nothing(world, champion_client, version):
    url = reverse("courses:acknowledge_guideline", args=[world.guideline.pk])
    response = champion_client.post(url, {"version": version})
    assert response.status_code < 500
    if response.status_code == 302:
        assert messages_of(response)  # refused with a message, not silently
    else:
        assert "We could not record your acknowledgement" in response.content.decode()
    assert not GuidelineAcknowledgement.objects.exists()


def test_enrolling_twice_is_one_enrolment(world, champion_client):
    for _ in range(2):
        assert champion_client.post(reverse("courses:enrol", args=[world.course.pk])).status_code == 302
    assert Enrolment.objects.filter(member=world.champion, course=world.course).count() == 1


def _answers(attempt) -> dict[int, list]:
    return {entry.question_id: list(entry.question.options.all()) for entry in attempt.questions.all()}


def _saved(attempt) -> list:
    return [list(entry.selected_option_ids) for entry in attempt.questions.order_by("pk")]


@pytest.mark.parametrize("junk", ["bogus", NUL, str(HUGE), "other-question", "unknown-question"])
def test_bad_quiz_answers_are_refused_and_save_nothing(world, champion_client, junk):
    attempt = world.attempt
    answers = _answers(attempt)
    question_ids = list(answers)
    data = {"save": "1"}
    for question_id, options in answers.items():
        data[f"question-{question_id}"] = str(options[0].pk)
    first = f"question-{question_ids[0]}"
    if junk == "other-question":
        data[first] = str(answers[question_ids[1]][0].pk)  # an option of a different question
    elif junk == "unknown-question":
        data["question-999999"] = "1"
    else:
        data[first] = junk
    before = _saved(attempt)
    response = champion_client.post(reverse("quizzes:attempt", args=[attempt.pk]), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Select a valid choice" in html or NUL_SHOWN in html or "not part of this attempt" in html
    assert _saved(attempt) == before


def test_answering_someone_elses_attempt_is_a_404(world, champion_client):
    attempt = world.others_attempt
    before = _saved(attempt)
    response = champion_client.post(reverse("quizzes:attempt", args=[attempt.pk]), {"submit": "1"})
    assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.is_in_progress and _saved(attempt) == before


def test_a_quiz_submitted_twice_is_scored_once(world, champion_client):
    attempt = world.attempt
    data = {"submit": "1"}
    for question_id, options in _answers(attempt).items():
        data[f"question-{question_id}"] = str(options[0].pk)
    url = reverse("quizzes:attempt", args=[attempt.pk])
    first = champion_client.post(url, data)
    second = champion_client.post(url, data)
    assert first.url == second.url == reverse("quizzes:review", args=[attempt.pk])
    assert "This attempt was already submitted. Here is its result." in messages_of(second)
    assert QuizAttempt.objects.filter(member=world.champion).count() == 1


# --- Licences -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [NUL, "abc" + NUL + "defghij", "x" * 5000, "<script>", "short"])
def test_a_bad_verification_code_gets_a_clear_message(world, champion_client, code):
    response = champion_client.get(reverse("licences:verify_start"), {"code": code})
    assert response.status_code == 200
    assert "Enter the code exactly as it is printed" in response.content.decode() or NUL_SHOWN in (
        response.content.decode()
    )


@pytest.mark.parametrize("code", ["%00", "abc%00def", "x" * 2000, "not-a-code"])
def test_an_unknown_code_in_the_address_is_not_found(world, code):
    response = Client(raise_request_exception=False).get(f"/licences/verify/{code}")
    assert response.status_code == 404


def _licence_state(licence):
    licence.refresh_from_db()
    return licence.status, LicenceStatusChange.objects.filter(licence=licence).count()


@pytest.mark.parametrize(
    ("change", "reason", "shown"),
    [
        ("suspend", "", "Give a reason to suspend this licence."),
        ("suspend", "Spam" + NUL, NUL_SHOWN),
        ("suspend", LONG, "Ensure this value has at most 2000 characters"),
        ("revoke", NUL, NUL_SHOWN),
        ("approve", "", "This licence is active, so you cannot approve it."),
    ],
)
def test_a_refused_licence_change_says_why_and_changes_nothing(world, champion_client, change, reason, shown):
    licence = world.licence
    before = _licence_state(licence)
    url = reverse("licences_admin:change_status", args=[licence.pk, change])
    response = champion_client.post(url, {"reason": reason})
    assert response.status_code == 302
    assert any(shown in message for message in messages_of(response)), messages_of(response)
    assert _licence_state(licence) == before


def test_a_licence_change_sent_twice_happens_once(world, champion_client):
    url = reverse("licences_admin:change_status", args=[world.licence.pk, "suspend"])
    champion_client.post(url, {"reason": "Posted without approval"})
    second = champion_client.post(url, {"reason": "Posted without approval"})
    assert "This licence is suspended, so you cannot suspend it." in messages_of(second)
    assert _licence_state(world.licence) == (Licence.Status.SUSPENDED, 1)


def test_an_unknown_licence_change_changes_nothing(world, champion_client):
    before = _licence_state(world.licence)
    for change in ("bogus", "delete"):
        response = champion_client.post(f"/admin/licences/{world.licence.pk}/{change}/", {"reason": "x"})
        assert response.status_code == 302
    assert champion_client.post(f"/admin/licences/{HUGE}/suspend/", {"reason": "x"}).status_code == 404
    assert _licence_state(world.licence) == before


# --- Quiz time adjustments (issue 16) -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "shown"),
    [
        ({"email": ""}, "Enter the member&#x27;s email address"),
        ({"email": "not an email"}, "Enter a valid email address"),
        ({"email": "nobody@example.org"}, "No member has this email address"),
        ({"kind": ""}, "Choose an adjustment"),
        ({"kind": "forever"}, "Select a valid choice"),
        ({"extra_minutes": ""}, "Enter how many extra minutes the member has"),
        ({"extra_minutes": "-5"}, "Extra minutes must be 1 or more"),
        ({"extra_minutes": str(HUGE)}, "Extra minutes must be 600 or fewer"),
        ({"extra_minutes": "ten"}, "Enter extra minutes as a whole number"),
        ({"reason": ""}, "Enter why the member needs this adjustment"),
        ({"reason": "   "}, "Enter why the member needs this adjustment"),
        ({"reason": "Agreed" + NUL}, NUL_SHOWN),
        ({"reason": LONG}, "at most 2000 characters"),
    ],
)
def test_a_bad_time_adjustment_is_refused_beside_its_field(world, champion_client, changes, shown):
    good = {"email": world.champion.email, "kind": "extra", "extra_minutes": "10", "reason": "Agreed"}
    response = champion_client.post(reverse("quizzes:time_adjustments"), {**good, **changes})
    assert response.status_code == 400
    assert shown in response.content.decode()
    assert not TimeAdjustment.objects.exists()
