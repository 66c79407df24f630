"""Issue 16's journeys: focus after an error and after a success, and time limits that can be adjusted.

The page-type tours (test_page_types.py) check the rest for every page type: landmarks, label in name,
headings, "Error: " titles, reflow at 320 px and valid HTML.
"""

import datetime
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from community.demo_accounts import DEMO_PASSWORD
from community.forum.factories import TopicFactory
from community.forum.models import Category
from community.models import Member
from courses.quizzes.models import QuizAttempt, QuizPage
from courses.quizzes.services import set_time_adjustment, start_attempt
from tests.e2e.focus import focused
from tests.e2e.semantics import label_in_name_problems

pytestmark = pytest.mark.e2e

FOCUSED_CLASSES = "() => document.activeElement === document.body ? null : document.activeElement.className"
FOCUSED_ROLE = "() => document.activeElement.getAttribute('role')"


@pytest.fixture
def demo(page):
    cache.clear()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115 - closed with the process
    yield
    cache.clear()


def sign_in(page, login_as, username: str) -> None:
    page.context.clear_cookies()
    login_as(page, f"{username}@example.org", DEMO_PASSWORD)


def discussion():
    """A topic in a category every member may reply in (the demo's welcome topic is an announcement)."""
    return TopicFactory(
        category=Category.objects.get(slug="enthusiasts"),
        title="Alt text on event posters",
        author=Member.objects.get(email="manager@example.org"),
    )


def expect_focus_on(page, css_class: str) -> None:
    """GOV.UK Frontend moves the focus as the page loads: wait for it, then say where it is if it is not there."""
    try:
        page.wait_for_function(f"() => document.activeElement.classList.contains({css_class!r})", timeout=5000)
    except Exception:  # noqa: BLE001 - reported below with where the focus is
        pytest.fail(f"The focus is on {page.evaluate(FOCUSED_CLASSES) or '<body>'}, not .{css_class}")


def test_errors_on_the_reply_and_workshop_forms_focus_the_error_summary(page, demo, login_as):
    sign_in(page, login_as, "corporate")
    main = page.locator("main")
    topic = discussion()
    page.goto(f"/forum/t/{topic.pk}/")
    main.get_by_role("button", name="Post reply").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    expect_focus_on(page, "govuk-error-summary")
    expect(page).to_have_title(re.compile("^Error: "))

    page.goto("/workshops/")
    main.get_by_role("link", name=re.compile("bank holiday weekend")).click()
    main.get_by_role("button", name="Add to the line").click()
    expect_focus_on(page, "govuk-error-summary")

    # A preview still goes back down to the reply form, and keeps the text.
    page.goto(f"/forum/t/{topic.pk}/")
    main.get_by_label("Your reply").fill("Thanks, **all**.")
    main.get_by_role("button", name="Preview").click()
    expect(page).to_have_url(re.compile("#reply$"))
    expect(main.get_by_label("Your reply")).to_have_value("Thanks, **all**.")


def test_success_banners_are_announced_and_focused(page, demo, login_as):
    sign_in(page, login_as, "corporate")
    main = page.locator("main")
    topic = discussion()
    page.goto(f"/forum/t/{topic.pk}/")
    main.get_by_label("Your reply").fill("Glad to be here.")
    main.get_by_role("button", name="Post reply").click()
    banner = page.get_by_role("alert", name="Success")
    expect(banner).to_contain_text("Your reply has been posted")
    expect_focus_on(page, "govuk-notification-banner")

    page.goto("/workshops/")
    main.get_by_role("link", name=re.compile("bank holiday weekend")).click()
    main.get_by_label("Your statement").fill("Say when replies will be slower")
    main.locator("form", has=page.get_by_label("Your statement")).locator("label.govuk-radios__label").first.click()
    main.get_by_role("button", name="Add to the line").click()
    expect(page.get_by_role("alert", name="Success")).to_contain_text("Your statement is on the line")
    expect_focus_on(page, "govuk-notification-banner")


def test_link_names_start_with_their_visible_words(page, demo, login_as):
    sign_in(page, login_as, "corporate")
    topic = discussion()
    page.goto(f"/forum/t/{topic.pk}/")
    expect(page.get_by_role("link", name="Flag for a moderator")).to_have_count(1)
    assert label_in_name_problems(page) == []
    page.goto("/courses/induction/think-before-you-post/")
    lessons = page.get_by_role("navigation", name="Lessons")
    expect(lessons.get_by_role("link", name=re.compile(r"^(Previous|Next)\s*:\s*\S"))).not_to_have_count(0)
    assert label_in_name_problems(page) == []


def test_the_quiz_says_how_long_warns_politely_and_can_be_extended_once(page, demo, login_as):
    QuizPage.objects.update(requires_lessons_complete=False)
    quiz = QuizPage.objects.get(slug="licence-quiz")
    newstarter = Member.objects.get(email="newstarter@example.org")
    champion = Member.objects.get(email="champion@example.org")
    set_time_adjustment(
        member=newstarter, extra_minutes=5, no_limit=False, reason="Agreed", by=champion, now=timezone.now()
    )
    sign_in(page, login_as, "newstarter")
    main = page.locator("main")
    page.goto(quiz.url)
    expect(main).to_contain_text(f"You have {quiz.time_limit_minutes + 5} minutes once you start")
    expect(main).to_contain_text("ask for 10 more minutes")

    # An attempt with 1 minute 50 seconds left: the warning arrives in a polite live region, focus stays put.
    attempt = start_attempt(member=newstarter, quiz=quiz, now=timezone.now())
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() + datetime.timedelta(seconds=110))
    page.goto(f"/quizzes/attempts/{attempt.pk}/")
    region = page.locator("[data-postwise-time-warning]")
    expect(region).to_have_attribute("aria-live", "polite")
    expect(region).to_contain_text("2 minutes left")
    assert focused(page) is None, f"The warning moved the focus to {focused(page)}"

    main.locator("form fieldset").first.locator("label").first.click()
    main.get_by_role("button", name="Ask for 10 more minutes").click()
    expect(page.get_by_role("alert", name="Success")).to_contain_text("you have 10 more minutes")
    expect(main.get_by_role("button", name="Ask for 10 more minutes")).to_have_count(0)
    expect(main.locator("form fieldset").first.locator("input").first).to_be_checked()
    attempt.refresh_from_db()
    assert attempt.extended_at is not None
    left = attempt.deadline - timezone.now()
    assert datetime.timedelta(minutes=11) < left <= datetime.timedelta(minutes=12)
    # The warning now waits for the last 2 minutes of the new time.
    expect(region).to_have_text("")
