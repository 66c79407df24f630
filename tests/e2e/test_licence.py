"""The licence journeys: fail then pass the licence quiz, see the certificate, verify it; one by keyboard."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from community.factories import MemberFactory
from community.roles import Role
from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from courses.licences.factories import LicenceTypeFactory
from courses.licences.models import Licence
from courses.models import CourseIndexPage
from courses.quizzes.factories import QuestionFactory, QuestionPoolFactory, QuizPageFactory, add_draw
from courses.quizzes.models import Question
from tests.community.mfa_helpers import activate_totp
from tests.e2e.focus import assert_visible_focus, focused, tab_until

pytestmark = pytest.mark.e2e

PASSWORD = "postwise-test-pass"
RIGHT = {"Right", "Right one", "Right two", "True"}
WRONG = {"Wrong", "False"}
FOCUSED_LABEL = """
() => {
  const el = document.activeElement;
  return el && el.labels && el.labels.length ? el.labels[0].innerText.trim() : null;
}
"""


@pytest.fixture
def licence_quiz(db):
    index = CourseIndexPage.objects.first() or CourseIndexPageFactory(parent=Page.objects.get(depth=2))
    course = CoursePageFactory(parent=index, title="Representing the organisation")
    lesson = LessonPageFactory(parent=course, title="Before you post")
    judgement, rules = QuestionPoolFactory(name="Judgement"), QuestionPoolFactory(name="Rules")
    for _ in range(4):
        QuestionFactory(pool=judgement)
    for _ in range(2):
        QuestionFactory(
            pool=rules,
            kind=Question.Kind.MULTIPLE,
            options=[("Right one", True), ("Right two", True), ("Wrong", False)],
        )
        QuestionFactory(pool=rules, kind=Question.Kind.TRUE_FALSE, options=[("True", True), ("False", False)])
    quiz = QuizPageFactory(parent=course, title="Licence quiz", requires_lessons_complete=False, max_attempts=3)
    Question.objects.filter(pool=judgement).update(lesson=lesson)
    add_draw(quiz=quiz, pool=judgement, count=3)
    add_draw(quiz=quiz, pool=rules, count=2)
    LicenceTypeFactory(quiz=quiz)
    return quiz


def answer_with_mouse(page, labels: set[str]) -> None:
    for fieldset in page.locator("main form fieldset").all():
        for label in fieldset.locator("label").all():
            if label.inner_text().strip() in labels:
                label.click()


def test_fail_then_pass_the_licence_quiz_see_the_certificate_and_verify_it(
    page, licence_quiz, login_as, assert_accessible
):
    member = MemberFactory(email="learner@example.org", first_name="Lowri", last_name="Morgan")
    login_as(page, member.email)

    page.goto(licence_quiz.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Licence quiz")
    assert_accessible(page)
    page.get_by_role("button", name="Start the quiz").click()

    # Submitting with no answers links each error to its question.
    expect(page).to_have_url(re.compile(r"/quizzes/attempts/\d+/$"))
    assert_accessible(page)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose an answer to question 1")
    assert_accessible(page)

    answer_with_mouse(page, WRONG)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", name="Not passed this time")).to_be_visible()
    # The next step comes first: the lesson that teaches what was missed, and the attempts left. The
    # right answers are not given after a fail.
    next_step = page.locator("#next-step")
    expect(next_step.get_by_role("link", name="Before you post")).to_be_visible()
    expect(next_step).to_contain_text("You have 2 attempts left.")
    expect(page.get_by_text("Right answer:")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Back to the quiz").click()
    page.get_by_role("button", name="Start a new attempt").click()
    answer_with_mouse(page, RIGHT)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", name="You passed")).to_be_visible()
    expect(page.get_by_text("You now hold the Corporate user licence")).to_be_visible()

    page.get_by_role("link", name="View and print your certificate").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Corporate user licence")
    expect(page.get_by_text("Lowri Morgan")).to_be_visible()
    expect(page.get_by_role("img", name="QR code linking to the licence check page")).to_be_visible()
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    assert download.value.suggested_filename.endswith(".pdf")

    verify_url = page.locator(".postwise-certificate__url").inner_text()
    page.get_by_role("button", name="Sign out").click()
    page.goto(verify_url)
    expect(page.get_by_text("Valid today").first).to_be_visible()
    expect(page.get_by_text("Lowri Morgan")).to_be_visible()
    assert_accessible(page)

    page.goto("/licences/verify/not-a-real-code")
    expect(page.get_by_role("heading", level=1)).to_have_text("Licence not found")
    assert_accessible(page)
    page.goto("/licences/verify/")
    assert_accessible(page)


def test_the_quiz_by_keyboard_alone(page, licence_quiz):
    member = MemberFactory(email="keys@example.org")

    page.goto("/accounts/login/")
    tab_until(page, lambda element: element["name"] == "login")
    page.keyboard.type(member.email)
    tab_until(page, lambda element: element["name"] == "password")
    page.keyboard.type(PASSWORD)
    tab_until(page, lambda element: element["tag"] == "button" and element["text"].lower() == "sign in")
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    page.goto(licence_quiz.url)
    tab_until(page, lambda element: element["text"] == "Start the quiz")
    assert_visible_focus(page)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/quizzes/attempts/\d+/$"))

    for fieldset in page.locator("main form fieldset").all():
        kind = "checkbox" if fieldset.locator("input[type=checkbox]").count() else "radio"
        options = [label.inner_text().strip() for label in fieldset.locator("label").all()]
        first_id = fieldset.locator("input").first.get_attribute("id")
        tab_until(page, lambda element, first_id=first_id: element["id"] == first_id)
        assert_visible_focus(page)
        if kind == "radio":
            # Arrow keys move round a radio group and select as they go.
            for _ in options:
                if page.evaluate(FOCUSED_LABEL) in RIGHT:
                    page.keyboard.press("Space")
                    break
                page.keyboard.press("ArrowDown")
        else:
            for index, _ in enumerate(options):
                if page.evaluate(FOCUSED_LABEL) in RIGHT:
                    page.keyboard.press("Space")
                if index < len(options) - 1:
                    page.keyboard.press("Tab")

    tab_until(page, lambda element: element["tag"] == "button" and element["text"] == "Submit answers")
    assert_visible_focus(page)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="You passed")).to_be_visible()

    tab_until(page, lambda element: element["text"] == "View and print your certificate")
    assert_visible_focus(page)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Corporate user licence")
    assert focused(page) is None or focused(page)["tag"] != "input"
    assert Licence.objects.filter(holder=member).count() == 1


def test_a_champion_finds_a_holder_in_the_register_and_suspends_the_licence(
    page, licence_quiz, login_as, assert_accessible
):
    champion = MemberFactory(email="champ@example.org", roles=(Role.CHAMPION,))
    secret = activate_totp(champion)
    holder = MemberFactory(email="holder@example.org", first_name="Huw", last_name="Bevan", department="Parks")
    licence = Licence.objects.create(
        holder=holder,
        licence_type=licence_quiz.licence_types.get(),
        status=Licence.Status.ACTIVE,
        issued_on="2026-01-01",
        expires_on="2099-01-01",
    )
    login_as(page, champion.email, totp_secret=secret)

    page.goto("/admin/licences/")
    expect(page.get_by_role("link", name="Huw Bevan")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Huw Bevan").click()
    assert_accessible(page)
    page.get_by_label("Why suspend this licence? (required)").fill("Under review after a complaint.")
    page.get_by_role("button", name="Suspend licence").click()
    expect(page.get_by_text("Under review after a complaint.").first).to_be_visible()
    licence.refresh_from_db()
    assert licence.status == Licence.Status.SUSPENDED
