"""Questions are reviewed content: drafts are never drawn, an attempt keeps the revision it was shown,
and the history can compare and revert."""

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.quizzes.factories import QuestionFactory
from courses.quizzes.models import Option, Question
from courses.quizzes.selectors import attempt_questions
from courses.quizzes.services import start_attempt, submit_attempt
from tests.courses.quizzes.conftest import as_post
from tests.courses.quizzes.test_admin import question_form

pytestmark = pytest.mark.django_db


def url(name: str, *args) -> str:
    return reverse(f"wagtailsnippets_quizzes_question:{name}", args=args)


def edit_form(question: Question, **changes) -> dict:
    """The edit form as the admin renders it for the question, with some fields changed."""
    options = list(question.options.order_by("sort_order"))
    data = {
        "pool": question.pool_id,
        "kind": question.kind,
        "text": question.text,
        "explanation": question.explanation,
        "options-TOTAL_FORMS": str(len(options)),
        "options-INITIAL_FORMS": str(len(options)),
        "options-MIN_NUM_FORMS": "2",
        "options-MAX_NUM_FORMS": "1000",
    }
    for index, option in enumerate(options):
        data[f"options-{index}-id"] = str(option.pk)
        data[f"options-{index}-text"] = option.text
        data[f"options-{index}-feedback"] = option.feedback
        data[f"options-{index}-ORDER"] = str(index + 1)
        if option.is_correct:
            data[f"options-{index}-is_correct"] = "on"
    data.update(changes)
    return data


def test_existing_questions_are_live_with_a_first_revision(pools):
    for question in Question.objects.all():
        assert question.live and question.live_revision_id == question.latest_revision_id


def test_a_new_question_from_the_admin_is_a_draft_and_never_drawn(author_client, quiz, pools, basic_member):
    response = author_client.post("/admin/snippets/quizzes/question/add/", question_form(pools[0]))
    assert response.status_code == 302
    draft = Question.objects.get(text__startswith="What do you do before posting")
    assert not draft.live
    for _ in range(5):
        attempt = start_attempt(member=basic_member, quiz=quiz, now=timezone.now())
        assert draft.pk not in attempt.questions.values_list("question_id", flat=True)
        attempt.questions.all().delete()
        attempt.delete()


def test_editing_a_live_question_makes_a_draft(author_client, pools):
    question = pools[0].questions.first()
    response = author_client.post(url("edit", question.pk), edit_form(question, text="Edited, not yet approved"))
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.live and question.has_unpublished_changes
    assert question.text != "Edited, not yet approved"
    assert question.get_latest_revision_as_object().text == "Edited, not yet approved"


def test_a_published_edit_does_not_change_an_attempt_under_way(client, attempt, basic_member):
    entry = attempt.questions.select_related("question").first()
    question = entry.question
    old_text = question.text
    right = [option.pk for option in question.options.all() if option.is_correct]
    # Published: the text changes and the right answer moves to another option.
    question.text = "Rewritten after the attempt started"
    options = list(question.options.all())
    for option in options:
        option.is_correct = option.pk not in right and option.text != "Also wrong"
    question.options = options
    question.save_revision().publish()
    assert Option.objects.filter(pk__in=right, is_correct=False).exists()

    shown = next(item for item in attempt_questions(attempt=attempt) if item.entry.pk == entry.pk)
    assert shown.question.text == old_text
    assert [option.pk for option in shown.correct_options] == right
    client.force_login(basic_member)
    page = client.get(reverse("quizzes:attempt", args=[attempt.pk])).content.decode()
    assert old_text in page and "Rewritten after the attempt started" not in page

    answers = {
        item.entry.question_id: [o.pk for o in item.correct_options] for item in attempt_questions(attempt=attempt)
    }
    submission = submit_attempt(attempt_id=attempt.pk, member=basic_member, answers=answers, now=timezone.now())
    assert submission.attempt.percent == 100
    entry.refresh_from_db()
    assert entry.is_correct


def test_a_new_attempt_gets_the_published_edit(basic_member, quiz, pools, licence_type):
    for question in Question.objects.all():
        question.text = f"Published edit of {question.pk}"
        question.save_revision().publish()
    attempt = start_attempt(member=basic_member, quiz=quiz, now=timezone.now())
    assert all(item.question.text.startswith("Published edit of") for item in attempt_questions(attempt=attempt))


def test_options_added_in_the_admin_keep_their_ids_in_the_published_revision(pools):
    question = Question.objects.get(pk=QuestionFactory(pool=pools[0]).pk)
    question.options = [*question.options.all(), Option(text="Added later", is_correct=False, feedback="No.")]
    revision = question.save_revision()
    assert any(option["pk"] is None for option in revision.content["options"])
    revision.publish()
    revision.refresh_from_db()
    assert all(option["pk"] for option in revision.content["options"])


def test_revert_restores_the_text_and_options(author_client, pools):
    question = Question.objects.get(
        pk=QuestionFactory(pool=pools[0], options=[("Keep calm", True), ("Panic", False)]).pk
    )
    first = question.live_revision
    question.text = "A replaced question"
    options = list(question.options.all())
    options[0].text, options[0].is_correct = "Replaced right answer", False
    options[1].is_correct = True
    question.options = options
    question.save_revision().publish()
    question.refresh_from_db()
    assert question.text == "A replaced question"

    revert = url("revisions_revert", question.pk, first.pk)
    form_page = author_client.get(revert)
    assert form_page.status_code == 200
    # The revert form is filled in with the old revision's text and options.
    assert first.as_object().text in form_page.content.decode() and 'value="Keep calm"' in form_page.content.decode()
    data = edit_form(question)
    restored = first.as_object()
    data["text"] = restored.text
    for index, option in enumerate(restored.options.all()):
        data[f"options-{index}-text"] = option.text
        data.pop(f"options-{index}-is_correct", None)
        if option.is_correct:
            data[f"options-{index}-is_correct"] = "on"
    assert author_client.post(revert, data).status_code == 302
    latest = Question.objects.get(pk=question.pk).get_latest_revision_as_object()
    assert latest.text == first.as_object().text
    assert [(o.text, o.is_correct) for o in latest.options.all()] == [("Keep calm", True), ("Panic", False)]


def test_history_and_compare(author_client, pools, second_champion):
    question = pools[0].questions.first()
    first = question.live_revision
    question.text = "Second wording"
    second = question.save_revision(user=second_champion, log_action=True)
    history = author_client.get(url("history", question.pk))
    assert history.status_code == 200
    # Who changed it, and when.
    assert second_champion.get_full_name() in history.content.decode()
    compare = author_client.get(url("revisions_compare", question.pk, first.pk, second.pk))
    assert compare.status_code == 200 and "Second wording" in compare.content.decode()


def test_preview_shows_the_question_as_in_an_attempt_then_its_review(author_client, pools):
    question = pools[0].questions.first()
    data = edit_form(question, text="How should you answer a complaint in public?")
    data["options-0-feedback"] = "Yes: acknowledge it and move the conversation to a private channel."
    preview_url = url("preview_on_edit", question.pk)
    response = author_client.post(preview_url, data)
    assert response.status_code == 200 and response.json()["is_valid"]
    html = author_client.get(preview_url).content.decode()
    assert "How should you answer a complaint in public?" in html
    assert 'type="radio"' in html  # the attempt's form, with nothing chosen for the member
    assert "checked" not in html.split("In the review")[0]
    assert "In the review" in html and "move the conversation to a private channel" in html


def test_preview_of_a_new_question(author_client, pools):
    data = question_form(pools[0], options=(("Ask first", True, "Right: consent."), ("Just post", False, "No.")))
    preview_url = reverse("wagtailsnippets_quizzes_question:preview_on_add")
    assert author_client.post(preview_url, data).json()["is_valid"]
    html = author_client.get(preview_url).content.decode()
    assert "Ask first" in html and "Right: consent." in html


def test_an_attempt_posted_with_the_old_options_is_scored_on_them(client, attempt, basic_member):
    """An option deleted by a published edit still counts for the attempt that showed it."""
    answers = {
        item.entry.question_id: [o.pk for o in item.correct_options] for item in attempt_questions(attempt=attempt)
    }
    for entry in attempt.questions.select_related("question"):
        question = entry.question
        options = list(question.options.all())
        options.remove(next(o for o in options if o.is_correct))
        question.options = [*options, Option(text="A new right answer", is_correct=True, feedback="Yes.")]
        question.save_revision().publish()
    client.force_login(basic_member)
    response = client.post(reverse("quizzes:attempt", args=[attempt.pk]), as_post(answers, submit="1"))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.percent == 100
