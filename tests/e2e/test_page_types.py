"""Every page type a member can see, checked by axe-core and by the keyboard (see tests/e2e/page_types.py).

Each test is one tour as one kind of visitor through the demo content (`load_demo_content`), checking
each page type it reaches, forms in their error state included. tests/e2e/README.md lists which tour
checks which page type; the tests without a browser below keep that list, the templates and the
README in step.
"""

import datetime
import re
import time
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone
from playwright.sync_api import expect

from community.demo_accounts import DEMO_PASSWORD
from community.factories import MemberFactory
from community.forum.models import Topic
from community.forum.services.flags import flag_post
from community.models import Member, OfficialAccount
from community.notifications.emails import unsubscribe_token
from community.notifications.models import Notification
from community.rate_limits import allow
from community.workshops.models import Workshop
from courses.licences.models import Licence
from courses.licences.views import verify
from courses.models import LessonPage
from courses.quizzes.models import Question, QuizPage
from home.factories import StandardPageFactory
from home.models import HomePage
from tests.community.mfa_helpers import totp_secret_of
from tests.e2e.page_types import PAGE_TYPES, PageTypeTour, full_page_templates
from tests.e2e.test_sso import sign_in_with_sso
from tests.e2e.totp import current_totp_code
from tests.sso.oidc import free_port

NEW_PASSWORD = re.compile(r"^New password$", re.IGNORECASE)
NEW_PASSWORD_AGAIN = re.compile(r"^New password \(again\)$", re.IGNORECASE)
LINK = re.compile(r"https?://\S+/accounts/(?:confirm-email|password/reset/key)/\S+")
SIGNED_OUT = {
    "Home page (signed out)",
    "Sign in",
    "Sign in (error)",
    "Create an account",
    "Create an account (error)",
    "Verify your email (sent)",
    "Confirm email address",
    "Reset password",
    "Reset password (error)",
    "Reset password (sent)",
    "Reset password (new password)",
    "Reset password (new password, error)",
    "Reset password (done)",
    "Reset password (bad link)",
    "Account inactive",
    "Single sign-on cancelled",
    "Single sign-on error",
    "Licence check (form)",
    "Licence check (form, error)",
    "Licence check (found)",
    "Licence check (not found)",
    "Licence check (too many)",
    "Unsubscribe (ask)",
    "Unsubscribe (done)",
    "Unsubscribe (invalid link)",
    "404 page",
    "500 page",
    "503 page",
    "Accessibility statement",
}
ACCOUNT = {
    "Your account",
    "Your account (error)",
    "Email addresses",
    "Email addresses (error)",
    "Change password",
    "Change password (error)",
    "Confirm your password",
    "Sign out (confirm)",
    "Single sign-on connections",
    "Two-factor authentication",
    "Activate TOTP",
    "Activate TOTP (error)",
    "Recovery codes",
    "Generate recovery codes",
    "Deactivate TOTP",
    "Confirm with a code",
    "Two-factor sign in",
    "Two-factor sign in (error)",
}
LEARNING = {
    "Home page (signed in)",
    "My path",
    "My access",
    "Social hub",
    "Check a post",
    "Check a post (report)",
    "Search (form)",
    "Search (results)",
    "Search (no results)",
    "Standard page",
    "Courses index",
    "Course (required, in progress)",
    "Course (optional, not joined)",
    "Lesson",
    "Action refused",
    "Guidelines index",
    "Guideline",
    "403 page",
    "Admin refused",
    "Quiz",
    "Quiz attempt",
    "Quiz attempt (error)",
    "Quiz review",
    "Certificate",
}
COMMUNITY = {
    "Forum index",
    "Forum category",
    "Forum new topic",
    "Forum new topic (error)",
    "Forum new topic (preview)",
    "Forum topic",
    "Forum topic (reply error)",
    "Forum edit post",
    "Forum edit post (error)",
    "Forum edit history",
    "Forum flag",
    "Forum flag (error)",
    "Notifications",
    "Email preferences",
    "Best practice library",
    "Best practice statement",
    "Workshops",
    "Workshop (open)",
    "Workshop (open, statement error)",
    "Workshop (closed)",
    "Workshop results",
}
MODERATOR = {
    "Home page (role holder)",
    "Forum topic (moderator)",
    "Forum moderation queue and log",
    "Forum move topic",
    "Forum merge topic (error)",
    "Promote to best practice",
    "Promote to best practice (error)",
    "Best practice statement (draft)",
    "Best practice statement (just published)",
    "Open a workshop",
    "Open a workshop (error)",
    "Workshop live (projector)",
    "Measures",
    "Measures (filter error)",
    "Quiz time adjustments",
    "Quiz time adjustments (error)",
}
REGISTER = {
    "Official accounts",
    "Official account",
    "Account applications",
    "Apply for an account",
    "Apply for an account (error)",
    "Account application",
    "Account application (decision error)",
}
OFFICIAL_ACCOUNTS = {
    "Incidents (all)",
    "Account incidents",
    "Report an incident",
    "Report an incident (error)",
    "Incident (open)",
    "Incident (closed)",
    "Monthly measures",
    "Record a month",
    "Record a month (error)",
    "Import measures",
    "Import measures (error)",
    "Sponsor report",
}
SINGLE_SIGN_ON = {
    "Single sign-on (continue)",
    "Single sign-on refused (domain)",
    "Single sign-on not linked",
    "Single sign-on unavailable",
}

MEMBERS = {
    "Members",
    "Member profile",
    "Your photo",
    "Your photo (error)",
}
PRIVACY = {
    "Privacy notice",
    "Members' personal data",
    "A member's personal data",
    "Question preview",
}
TOURS = {
    "test_members_page_types": MEMBERS,
    "test_privacy_page_types": PRIVACY,
    "test_signed_out_page_types": SIGNED_OUT,
    "test_account_page_types": ACCOUNT,
    "test_learning_page_types": LEARNING,
    "test_community_page_types": COMMUNITY,
    "test_moderator_page_types": MODERATOR,
    "test_official_account_page_types": OFFICIAL_ACCOUNTS,
    "test_single_sign_on_page_types": SINGLE_SIGN_ON,
    "test_register_page_types": REGISTER,
}


def heading(text: str) -> re.Pattern:
    return re.compile(re.escape(text), re.IGNORECASE)


def emailed_link(mailoutbox, email: str) -> str:
    messages = [message for message in mailoutbox if email in message.to]
    assert messages, f"No email was sent to {email}"
    match = LINK.search(messages[-1].body)
    assert match, f"No link in: {messages[-1].body}"
    return match.group(0)


def sign_in(page, login_as, username: str) -> None:
    page.context.clear_cookies()
    login_as(page, f"{username}@example.org", DEMO_PASSWORD)


@pytest.fixture
def demo(page):
    """The demo content and accounts; rate-limit counters start and end empty (other journeys sign in too)."""
    cache.clear()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115 - closed with the process
    yield
    cache.clear()


@pytest.fixture
def tour_for(page, assert_accessible, request):
    return lambda: PageTypeTour(page, assert_accessible, covers=TOURS[request.node.originalname])


# ---- Without a browser: the list is complete, each page type has one tour, and the README says so ----


def test_every_full_page_template_is_a_listed_page_type():
    listed = {page_type.template for page_type in PAGE_TYPES.values()}
    unlisted = full_page_templates(Path(settings.BASE_DIR) / "templates") - listed
    assert not unlisted, f"Add these templates' page types to PAGE_TYPES and to a tour: {sorted(unlisted)}"


def test_every_page_type_is_in_exactly_one_tour():
    counted = [page_type for covers in TOURS.values() for page_type in covers]
    assert sorted(counted) == sorted(PAGE_TYPES)


def test_the_readme_table_names_each_page_type_and_its_test():
    readme = (Path(__file__).parent / "README.md").read_text()
    rows = {
        cells[0]: cells[2]
        for cells in (
            [cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in readme.splitlines()
            if line.startswith("|")
        )
        if len(cells) >= 3
    }
    for test_name, covers in TOURS.items():
        for page_type in covers:
            assert rows.get(page_type) == f"`test_page_types.py::{test_name}`", page_type
            assert f"`{PAGE_TYPES[page_type].template}`" in readme


# ---- The tours ----


@pytest.mark.e2e
def test_signed_out_page_types(page, demo, tour_for, mailoutbox):
    tour = tour_for()
    main = page.locator("main")
    page.goto("/")
    tour.check("Home page (signed out)", heading=heading(HomePage.objects.get().title))

    page.goto("/accounts/login/")
    tour.check("Sign in", heading=heading("Sign in"))
    main.get_by_role("button", name="Sign in").click()
    tour.check_error_state("Sign in (error)", heading=heading("Sign in"), error="required")

    page.goto("/accounts/signup/")
    tour.check("Create an account", heading=heading("Sign up"))
    page.get_by_label("Email").fill("new.colleague@example.org")
    page.get_by_label("Password", exact=True).fill("a-long-enough-pass-1")
    page.get_by_label("Password (again)").fill("something-else-2")
    main.get_by_role("button", name="Sign up").click()
    tour.check_error_state("Create an account (error)", heading=heading("Sign up"), error="same password")
    page.get_by_label("Password", exact=True).fill("a-long-enough-pass-1")
    page.get_by_label("Password (again)").fill("a-long-enough-pass-1")
    main.get_by_role("button", name="Sign up").click()
    tour.check("Verify your email (sent)", heading=heading("Verify your email"))
    page.goto(emailed_link(mailoutbox, "new.colleague@example.org"))
    tour.check("Confirm email address", heading=heading("Confirm email"))

    page.context.clear_cookies()
    page.goto("/accounts/password/reset/")
    tour.check("Reset password", heading=heading("Password reset"))
    page.get_by_label("Email").fill("not an address")
    main.get_by_role("button", name=re.compile("reset", re.IGNORECASE)).click()
    tour.check_error_state("Reset password (error)", heading=heading("Password reset"), error="valid email")
    page.get_by_label("Email").fill("newstarter@example.org")
    main.get_by_role("button", name=re.compile("reset", re.IGNORECASE)).click()
    tour.check("Reset password (sent)", heading=heading("Password reset"))
    reset_link = emailed_link(mailoutbox, "newstarter@example.org")
    page.goto(reset_link)
    tour.check("Reset password (new password)", heading=heading("Change password"))
    page.get_by_label(NEW_PASSWORD).fill("a-new-long-pass-3")
    page.get_by_label(NEW_PASSWORD_AGAIN).fill("does-not-match-4")
    main.get_by_role("button", name=re.compile("change password", re.IGNORECASE)).click()
    tour.check_error_state(
        "Reset password (new password, error)", heading=heading("Change password"), error="same password"
    )
    page.get_by_label(NEW_PASSWORD).fill("a-new-long-pass-3")
    page.get_by_label(NEW_PASSWORD_AGAIN).fill("a-new-long-pass-3")
    main.get_by_role("button", name=re.compile("change password", re.IGNORECASE)).click()
    tour.check("Reset password (done)", heading=heading("Change password"))
    page.context.clear_cookies()
    page.goto(reset_link)
    tour.check("Reset password (bad link)", heading=heading("Bad token"))

    page.goto("/accounts/inactive/")
    tour.check("Account inactive", heading=heading("Account inactive"))
    page.goto("/accounts/3rdparty/login/cancelled/")
    tour.check("Single sign-on cancelled", heading=heading("cancelled"))
    page.goto("/accounts/3rdparty/login/error/")
    tour.check("Single sign-on error", heading=heading("Sign-in did not work"))

    page.goto("/licences/verify/")
    tour.check("Licence check (form)", heading=heading("Check a licence"))
    page.get_by_label("Verification code").fill("not a code!")
    main.get_by_role("button", name="Check licence").click()
    tour.check_error_state("Licence check (form, error)", heading=heading("Check a licence"), error="exactly")
    licence = Licence.objects.get(holder__email="corporate@example.org")
    page.get_by_label("Verification code").fill(licence.verification_code)
    main.get_by_role("button", name="Check licence").click()
    tour.check("Licence check (found)", heading=heading("Licence check"))
    page.goto("/licences/verify/no-such-code-here")
    tour.check("Licence check (not found)", heading=heading("Licence not found"))
    browser_like = RequestFactory().get("/")  # from 127.0.0.1, like the browser's requests to the live server
    # The clock held still (in this process: the live server's thread too), so that the limit's window cannot
    # end between using it up and the browser's request (see tests/conftest.py, still_clock).
    with time_machine.travel(time.time(), tick=False):
        for _ in range(verify.CHECKS_PER_MINUTE):
            allow(browser_like, scope=verify.RATE_SCOPE, limit=verify.CHECKS_PER_MINUTE, window_seconds=60)
        page.goto(f"/licences/verify/{licence.verification_code}")
        tour.check("Licence check (too many)", heading=heading("Too many checks"))
    cache.clear()

    token = unsubscribe_token(Member.objects.get(email="newstarter@example.org"))
    page.goto(f"/notifications/unsubscribe/{token}/")
    tour.check("Unsubscribe (ask)", heading=heading("Stop forum emails"))
    main.get_by_role("button", name="Stop forum emails").click()
    expect(main).to_contain_text("You will not get forum emails any more")
    tour.check("Unsubscribe (done)", heading=heading("Stop forum emails"))
    page.goto("/notifications/unsubscribe/not-a-signed-token/")
    expect(main).to_contain_text("This link is not valid")
    tour.check("Unsubscribe (invalid link)", heading=heading("Stop forum emails"))

    page.goto("/")
    page.locator("footer").get_by_role("link", name="Accessibility statement").click()
    tour.check("Accessibility statement", heading=heading("Accessibility statement"))

    page.goto("/no-such-page/")
    tour.check("404 page", heading=heading("Page not found"))
    # The server error pages stand alone (no base.html): they must work even when the site's pieces do not.
    # (Shown on a blank page: set_content on a site page would keep that page's CSP nonce.)
    page.goto("about:blank")
    page.set_content(render_to_string("500.html"))
    tour.check("500 page", heading=heading("problem with the service"))
    page.set_content(render_to_string("503.html"))
    tour.check("503 page", heading=heading("service is unavailable"))
    tour.finish()


@pytest.mark.e2e
def test_account_page_types(page, demo, tour_for, login_as):
    tour = tour_for()
    main = page.locator("main")
    sign_in(page, login_as, "newstarter")

    page.get_by_role("navigation", name="Your account").get_by_role("link", name="Your account").click()
    tour.check("Your account", heading=heading("Your account"))
    main.get_by_label("First name").fill("")
    main.get_by_role("button", name="Save your details").click()
    tour.check_error_state("Your account (error)", heading=heading("Your account"), error="Enter your first name")

    main.get_by_role("link", name="Email address", exact=True).click()
    tour.check("Email addresses", heading=heading("Email addresses"))
    # The member's only address cannot be removed, so no button offers to.
    expect(main.get_by_role("button", name="Remove")).to_have_count(0)
    main.get_by_label("Email").fill("not an address")
    main.get_by_role("button", name="Add email").click()
    tour.check_error_state("Email addresses (error)", heading=heading("Email addresses"), error="valid email")

    page.goto("/accounts/password/change/")
    tour.check("Change password", heading=heading("Change password"))
    page.get_by_label(re.compile("^Current password$", re.IGNORECASE)).fill("not-my-password")
    page.get_by_label(NEW_PASSWORD).fill("a-new-long-pass-5")
    page.get_by_label(NEW_PASSWORD_AGAIN).fill("a-new-long-pass-5")
    main.get_by_role("button", name="Change password").click()
    tour.check_error_state("Change password (error)", heading=heading("Change password"), error="current password")

    page.goto("/accounts/logout/")
    tour.check("Sign out (confirm)", heading=heading("Sign out"))
    page.goto("/accounts/3rdparty/")
    tour.check("Single sign-on connections", heading=heading("Account connections"))

    page.goto("/accounts/2fa/")
    tour.check("Two-factor authentication", heading=heading("Two-factor authentication"))
    # Activating asks for the password again first.
    page.goto("/accounts/2fa/totp/activate/")
    tour.check("Confirm your password", heading=heading("Confirm access"))
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    main.get_by_role("button", name="Confirm").click()
    tour.check("Activate TOTP", heading=heading("Activate authenticator app"))
    secret = page.get_by_label("Authenticator secret").input_value()
    page.get_by_label("Authenticator code").fill("000000")
    main.get_by_role("button", name="Activate").click()
    tour.check_error_state("Activate TOTP (error)", heading=heading("Activate authenticator app"), error="code")
    page.get_by_label("Authenticator code").fill(current_totp_code(secret))
    main.get_by_role("button", name="Activate").click()
    page.wait_for_load_state()

    page.goto("/accounts/2fa/recovery-codes/")
    tour.check("Recovery codes", heading=heading("Recovery codes"))
    page.goto("/accounts/2fa/recovery-codes/generate/")
    tour.check("Generate recovery codes", heading=heading("Recovery codes"))
    page.goto("/accounts/2fa/totp/deactivate/")
    tour.check("Deactivate TOTP", heading=heading("Deactivate authenticator app"))
    page.goto("/accounts/2fa/reauthenticate/")
    tour.check("Confirm with a code", heading=heading("Confirm access"))

    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill("newstarter@example.org")
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    main.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/accounts/2fa/authenticate/")
    tour.check("Two-factor sign in", heading=heading("Two-factor authentication"))
    page.get_by_label("Code").fill("000000")
    main.get_by_role("button", name="Sign in").click()
    tour.check_error_state("Two-factor sign in (error)", heading=heading("Two-factor authentication"), error="code")
    tour.finish()


@pytest.mark.e2e
def test_learning_page_types(page, demo, tour_for, login_as):
    tour = tour_for()
    main = page.locator("main")
    home = HomePage.objects.get()
    StandardPageFactory(
        parent=home,
        title="About Postwise",
        slug="about",
        body=[{"type": "paragraph", "value": "<p>Postwise helps <a href='/'>staff</a> post well.</p>"}],
    )
    QuizPage.objects.update(requires_lessons_complete=False)
    sign_in(page, login_as, "newstarter")

    page.goto("/")
    expect(main.get_by_role("region", name="Your next step")).to_be_visible()
    expect(main.get_by_role("region", name="Latest in the forum")).to_contain_text("Unread")
    tour.check("Home page (signed in)", heading=heading("Welcome back"))
    page.goto("/my-path/")
    tour.check("My path", heading=heading("My path"))
    main.get_by_role("link", name="See which sites you can reach, and why").click()
    tour.check("My access", heading=heading("My access"))
    main.get_by_role("link", name="social hub").click()
    expect(main.locator("article").first).to_be_visible()  # the demo's sample feeds are in
    tour.check("Social hub", heading=heading("Social hub"))
    page.get_by_role("navigation", name="Your account").get_by_role("link", name="Check a post").click()
    tour.check("Check a post", heading=heading("Check a post before you publish"))
    page.get_by_label("Your draft").fill("Call SAM on 07911 123456 about #bincollection, PLEASE READ THIS")
    expect(page.locator("#postcheck-announce")).to_contain_text("Phone number")
    tour.check("Check a post (report)", heading=heading("Check a post before you publish"))
    page.goto("/search/")
    tour.check("Search (form)", heading=heading("Search"))
    page.get_by_label("Search courses").fill("guidelines")
    main.get_by_role("button", name="Search").click()
    expect(main.get_by_role("heading", level=2)).not_to_have_text("0 results")
    tour.check("Search (results)", heading=heading("Search"))
    page.goto("/search/?q=zzyzx-nothing")
    tour.check("Search (no results)", heading=heading("Search"))
    page.goto("/about/")
    tour.check("Standard page", heading=heading("About Postwise"))

    page.goto("/courses/")
    tour.check("Courses index", heading=heading("Courses"))
    page.goto("/courses/induction/")
    main.get_by_role("button", name=re.compile("Start the course")).click()
    main.get_by_role("button", name="Mark this lesson complete").click()
    page.goto("/courses/induction/")
    expect(main).to_contain_text("In progress")
    tour.check("Course (required, in progress)", heading=heading("Induction"))
    page.goto("/courses/induction/think-before-you-post/")
    tour.check("Lesson", heading=heading("Think before you post"))
    page.goto("/courses/representing-the-organisation/")
    tour.check("Course (optional, not joined)", heading=heading("Representing the organisation"))
    # A lesson page opened before the member left the course still posts its form: the refusal explains.
    lesson = LessonPage.objects.get(slug="tone")
    page.goto(lesson.url)
    page.evaluate(
        """(action) => {
          const form = document.querySelector("form[action$='/accounts/logout/']").cloneNode(true);
          form.action = action;
          document.body.append(form);
          form.submit();
        }""",
        f"/learning/lessons/{lesson.pk}/complete/",
    )
    tour.check("Action refused", heading=heading("You are not on this course"))

    page.goto("/guidelines/")
    tour.check("Guidelines index", heading=heading("Guidelines"))
    page.goto("/guidelines/personal-use/")
    tour.check("Guideline", heading=heading("Personal use"))
    page.goto("/forum/moderation/")
    tour.check("403 page", heading=heading("You do not have access"))
    # Issue 20: the admin used to bounce a signed-in member without a role between itself and the login.
    page.goto("/admin/")
    tour.check("Admin refused", heading=heading("The admin is for champions, coordinators and technical support"))
    expect(main.get_by_role("link", name="Go to the home page")).to_have_attribute("href", "/")

    quiz = QuizPage.objects.get(slug="licence-quiz")
    page.goto(quiz.url)
    tour.check("Quiz", heading=heading("Licence quiz"))
    main.get_by_role("button", name="Start the quiz").click()
    tour.check("Quiz attempt", heading=heading("Licence quiz"))
    main.get_by_role("button", name="Submit answers").click()
    tour.check_error_state("Quiz attempt (error)", heading=heading("Licence quiz"), error="Choose an answer")
    for fieldset in main.locator("form fieldset").all():
        fieldset.locator("label").first.click()
    main.get_by_role("button", name="Submit answers").click()
    tour.check("Quiz review", heading=heading("Your result"))
    page.goto(quiz.url)
    expect(main.get_by_role("table")).to_contain_text("Attempt 1")
    tour.check_layout("Quiz", state="with the Your attempts table")

    sign_in(page, login_as, "corporate")
    page.goto(f"/licences/{Licence.objects.get(holder__email='corporate@example.org').pk}/certificate/")
    tour.check("Certificate", heading=heading("Corporate user licence"))
    tour.finish()


@pytest.mark.e2e
def test_community_page_types(page, demo, tour_for, login_as):
    tour = tour_for()
    main = page.locator("main")
    sign_in(page, login_as, "newstarter")

    page.goto("/forum/")
    tour.check("Forum index", heading=heading("Forum"))
    page.goto("/forum/c/enthusiasts/")
    tour.check("Forum category", heading=heading("Enthusiasts"))
    main.get_by_role("link", name="Start a new topic").click()
    tour.check("Forum new topic", heading=heading("Start a new topic"))
    main.get_by_role("button", name="Post topic").click()
    tour.check_error_state("Forum new topic (error)", heading=heading("Start a new topic"), error="Enter a title")
    page.get_by_label("Title").fill("Emoji in service alerts")
    page.get_by_label("Your post").fill("Do **emoji** help or hinder in alerts?")
    main.get_by_role("button", name="Preview").click()
    expect(page.locator(".postwise-post-preview strong")).to_have_text("emoji")
    tour.check("Forum new topic (preview)", heading=heading("Start a new topic"))
    main.get_by_role("button", name="Post topic").click()
    tour.check("Forum topic", heading=heading("Emoji in service alerts"))
    main.get_by_role("button", name="Post reply").click()
    tour.check_error_state("Forum topic (reply error)", heading=heading("Emoji in service alerts"), error="Enter")

    topic = Topic.objects.get(title="Emoji in service alerts")
    page.goto(f"/forum/p/{topic.posts.get().pk}/edit/")
    tour.check("Forum edit post", heading=heading("Edit post"))
    page.get_by_label("Post", exact=True).fill("")
    main.get_by_role("button", name="Save changes").click()
    tour.check_error_state("Forum edit post (error)", heading=heading("Edit post"), error="Enter")
    page.get_by_label("Post", exact=True).fill("Do **emoji** help or hinder in service alerts?")
    main.get_by_role("button", name="Save changes").click()
    main.get_by_role("link", name=re.compile("^Edit history")).click()
    tour.check("Forum edit history", heading=heading("Edit history"))

    welcome = Topic.objects.get(title="Welcome to the Postwise forum")
    page.goto(f"/forum/p/{welcome.posts.get(is_opening=True).pk}/flag/")
    tour.check("Forum flag", heading=heading("Flag a post"))
    main.get_by_role("button", name="Send to a moderator").click()
    tour.check_error_state("Forum flag (error)", heading=heading("Flag a post"), error="Choose why")

    Notification.objects.create(
        recipient=Member.objects.get(email="newstarter@example.org"),
        kind=Notification.Kind.REPLY,
        topic=welcome,
        actor=Member.objects.get(email="corporate@example.org"),
    )
    page.goto("/notifications/")
    expect(main.get_by_role("button", name=welcome.title)).to_be_visible()
    tour.check("Notifications", heading=heading("Notifications"))
    page.goto("/notifications/preferences/")
    tour.check("Email preferences", heading=heading("Email preferences"))

    page.goto("/best-practice/")
    tour.check("Best practice library", heading=heading("Best practice"))
    first = main.locator(".govuk-summary-card__title a").first
    title = first.inner_text()
    first.click()
    tour.check("Best practice statement", heading=heading(title))

    page.goto("/workshops/")
    tour.check("Workshops", heading=heading("Opinion-line workshops"))
    main.get_by_role("link", name=re.compile("bank holiday weekend")).click()
    tour.check("Workshop (open)", heading=heading("bank holiday weekend"))
    main.get_by_role("button", name="Add to the line").click()
    tour.check_error_state("Workshop (open, statement error)", heading=heading("bank holiday weekend"), error="Enter")
    page.goto("/workshops/")
    main.get_by_role("link", name="What should our services do, and not do, with social media?", exact=True).click()
    tour.check("Workshop (closed)", heading=heading("What should our services do"))
    main.get_by_role("link", name="See the results").click()
    tour.check("Workshop results", heading=heading("What should our services do"))
    tour.finish()


@pytest.mark.e2e
def test_official_account_page_types(page, demo, tour_for, login_as):
    """The demo manager's accounts: incidents (one closed, from the demo), measures and the sponsor report."""
    tour = tour_for()
    main = page.locator("main")
    sign_in(page, login_as, "manager")
    recycling = OfficialAccount.objects.get(handle="@recycling@social.example.org")

    page.goto("/official-accounts/incidents/")
    tour.check("Incidents (all)", heading=heading("Incidents"))
    page.goto(f"/official-accounts/{recycling.pk}/incidents/")
    tour.check("Account incidents", heading=heading("Incidents"))
    main.get_by_role("link", name="Resident's home address shown in a reply").click()
    tour.check("Incident (closed)", heading=heading("Resident's home address"))
    page.goto(f"/official-accounts/{recycling.pk}/incidents/new/")
    tour.check("Report an incident", heading=heading("Report an incident"))
    main.get_by_role("button", name="Report and see the checklist").click()
    tour.check_error_state("Report an incident (error)", heading=heading("Report an incident"), error="Enter")
    page.get_by_label("Summary").fill("Wrong collection day posted")
    page.get_by_label("What happened").fill("We posted last year's calendar.")
    page.get_by_label("When it happened").fill(f"{timezone.localdate() - datetime.timedelta(days=1):%Y-%m-%d}T09:30")
    page.get_by_label("Reputation").check()
    page.get_by_label(re.compile("^Low")).check()
    main.get_by_role("button", name="Report and see the checklist").click()
    tour.check("Incident (open)", heading=heading("Wrong collection day posted"))

    page.goto(f"/official-accounts/{recycling.pk}/measures/")
    tour.check("Monthly measures", heading=heading("Monthly measures"))
    main.get_by_role("link", name="Record a month").click()
    tour.check("Record a month", heading=heading("Record a month"))
    page.get_by_label("Month").fill("2099-01")
    page.get_by_label("Followers").fill("-3")
    main.get_by_role("button", name="Save the month").click()
    tour.check_error_state("Record a month (error)", heading=heading("Record a month"), error="The month")
    page.goto(f"/official-accounts/{recycling.pk}/measures/import/")
    tour.check("Import measures", heading=heading("Import measures"))
    header = "month,followers,posts,engagements,enquiries_answered,median_response_minutes"
    bad = f"{header}\n2026-01,-1,1,1,1,1\n2099-01,1,1,1,1,1\n"
    page.get_by_label("CSV file").set_input_files(
        files=[{"name": "measures.csv", "mimeType": "text/csv", "buffer": bad.encode()}]
    )
    main.get_by_role("button", name="Import").click()
    expect(main).to_contain_text("Line 3")
    tour.check_error_state("Import measures (error)", heading=heading("Import measures"), error="problems")
    page.goto(f"/official-accounts/{recycling.pk}/report/")
    tour.check("Sponsor report", heading=heading("Sponsor report"))
    tour.finish()


@pytest.mark.e2e
def test_moderator_page_types(page, demo, tour_for, login_as):
    tour = tour_for()
    main = page.locator("main")
    topic = Topic.objects.get(title="Welcome to the Postwise forum")
    flag_post(
        member=Member.objects.get(email="newstarter@example.org"),
        post=topic.posts.get(is_opening=True),
        reason="spam",
    )
    sign_in(page, login_as, "champion")

    page.goto("/")
    expect(main.get_by_role("region", name="Forum moderation")).to_contain_text("flagged post")
    tour.check("Home page (role holder)", heading=heading("Welcome back"))
    page.goto(f"/forum/t/{topic.pk}/")
    main.get_by_text("Moderate this topic").click()
    tour.check("Forum topic (moderator)", heading=heading(topic.title))
    main.get_by_role("button", name="Pin", exact=True).click()
    expect(page.get_by_text("The topic is pinned.")).to_be_visible()
    page.goto("/forum/moderation/")
    expect(main.get_by_role("table")).to_contain_text("Welcome to the Postwise forum")
    tour.check("Forum moderation queue and log", heading=heading("Moderation queue"))
    page.goto(f"/forum/moderation/t/{topic.pk}/move/")
    tour.check("Forum move topic", heading=heading("Move topic"))
    page.goto(f"/forum/moderation/t/{topic.pk}/merge/")
    page.get_by_label("Merge into topic number").fill("999999")
    main.get_by_role("button", name="Merge topic").click()
    tour.check_error_state("Forum merge topic (error)", heading=heading("Merge topic"), error="no topic")

    page.goto(f"/forum/t/{topic.pk}/")
    main.get_by_role("button", name=re.compile("^Promote to best practice")).first.click()
    tour.check("Promote to best practice", heading=heading("Promote to best practice"))
    title = main.get_by_label("Title", exact=True).input_value()
    main.get_by_label("Title", exact=True).fill("")
    main.get_by_role("button", name="Save as a draft").click()
    tour.check_error_state(
        "Promote to best practice (error)", heading=heading("Promote to best practice"), error="title"
    )
    main.get_by_label("Title", exact=True).fill(title)
    main.get_by_label("Communication style").check()
    main.get_by_role("button", name="Save as a draft").click()
    expect(page.get_by_role("alert", name="Success")).to_be_visible()
    tour.check("Best practice statement (draft)", heading=heading(title))
    main.get_by_role("button", name=re.compile("^Publish")).click()
    expect(page.get_by_text("Every member can now read this statement.")).to_be_visible()
    tour.check("Best practice statement (just published)", heading=heading(title))

    page.goto("/workshops/new/")
    tour.check("Open a workshop", heading=heading("Open a workshop"))
    main.get_by_role("button", name="Open the workshop").click()
    tour.check_error_state("Open a workshop (error)", heading=heading("Open a workshop"), error="question")
    live = Workshop.objects.get(question__icontains="bank holiday weekend")
    page.goto(f"/workshops/{live.pk}/live/")
    tour.check("Workshop live (projector)", heading=heading(live.question))

    # The measures: every chart, table and figure list under axe; the filter form without JavaScript.
    page.goto("/measures/")
    expect(main.locator("table").first).to_be_visible()
    expect(main.locator("svg.measure-chart").first).to_be_visible()
    tour.check("Measures", heading=heading("Measures"))
    main.get_by_label("From", exact=True).fill("2026-06-30")
    main.get_by_label("To", exact=True).fill("2026-01-01")
    main.get_by_role("button", name="Apply filters").click()
    tour.check_error_state("Measures (filter error)", heading=heading("Measures"), error="start date")

    page.goto("/quizzes/time-adjustments/")
    tour.check("Quiz time adjustments", heading=heading("Quiz time adjustments"))
    main.get_by_label("Member's email address").fill("newstarter@example.org")
    main.get_by_label("Extra time on every timed quiz").check()
    main.get_by_label("Why the member needs this adjustment").fill("Agreed with occupational health")
    main.get_by_role("button", name="Record the adjustment").click()
    tour.check_error_state(
        "Quiz time adjustments (error)", heading=heading("Quiz time adjustments"), error="extra minutes"
    )
    main.get_by_label("Extra minutes").fill("10")
    main.get_by_role("button", name="Record the adjustment").click()
    expect(main.get_by_role("table").first).to_contain_text("10 extra minutes")
    tour.check_layout("Quiz time adjustments", state="with an adjustment in force and on record")
    tour.finish()


@pytest.mark.e2e
def test_single_sign_on_page_types(page, sso, settings, tour_for, mailoutbox):
    """Against a real OpenID Connect provider (npm oidc-provider): each page a refused sign-in shows."""

    tour = tour_for()
    page.goto("/accounts/oidc/organisation/login/")
    tour.check("Single sign-on (continue)", heading=heading("Sign in with your Example Council account"))
    MemberFactory(email="newstarter@example.org")
    sso.set_users({"sub-x": {"email": "newstarter@example.org", "email_verified": "false"}})
    sign_in_with_sso(page)
    tour.check("Single sign-on not linked", heading=heading("We could not sign you in"))
    assert mailoutbox == []

    page.context.clear_cookies()
    sso.set_users({"sub-y": {"email": "someone@notallowed.test", "email_verified": True}})
    sign_in_with_sso(page)
    expect(page.locator("main")).to_contain_text("Addresses at notallowed.test cannot join Postwise")
    tour.check("Single sign-on refused (domain)", heading=heading("Sign in with your work email"))

    settings.SOCIALACCOUNT_PROVIDERS = sso.app_settings(server_url=f"http://127.0.0.1:{free_port()}")
    sign_in_with_sso(page)
    tour.check("Single sign-on unavailable", heading=heading("Sign-in is unavailable"))
    tour.finish()


@pytest.mark.e2e
def test_register_page_types(page, demo, tour_for, login_as):
    tour = tour_for()
    main = page.locator("main")
    sign_in(page, login_as, "corporate")
    page.goto("/official-accounts/")
    tour.check("Official accounts", heading=heading("Official accounts"))
    main.get_by_role("link", name="Roads and travel").click()
    tour.check("Official account", heading=heading("Roads and travel"))
    page.goto("/official-accounts/applications/")
    tour.check("Account applications", heading=heading("Applications for official accounts"))
    main.get_by_role("link", name="Apply for a new account").click()
    tour.check("Apply for an account", heading=heading("Apply for an official account"))
    main.get_by_role("button", name="Submit the application").click()
    tour.check_error_state("Apply for an account (error)", heading=heading("Apply for an official account"), error="")

    sign_in(page, login_as, "coordinator")
    page.goto("/official-accounts/applications/")
    main.get_by_role("link", name="Leisure centres").click()
    tour.check("Account application", heading=heading("Leisure centres"))
    main.get_by_role("button", name="Record the decision").click()
    tour.check_error_state(
        "Account application (decision error)", heading=heading("Leisure centres"), error="Choose approve"
    )
    tour.finish()


@pytest.mark.e2e
def test_members_page_types(page, demo, tour_for, login_as):
    """The directory, a champion's profile (badges, posts) and the member's own photo form."""
    tour = tour_for()
    main = page.locator("main")
    sign_in(page, login_as, "corporate")
    page.goto("/members/")
    tour.check("Members", heading=heading("Members"))
    champion = Member.objects.get(email="champion@example.org")
    page.goto(f"/members/{champion.pk}/")
    tour.check("Member profile", heading=heading(champion.display_name))
    page.goto("/members/me/photo/")
    tour.check("Your photo", heading=heading("Your photo"))
    main.get_by_role("button", name="Save photo").click()
    tour.check_error_state("Your photo (error)", heading=heading("Your photo"), error="Choose a photo")
    tour.finish()


@pytest.mark.e2e
def test_privacy_page_types(page, demo, tour_for, login_as):
    """The privacy notice, the data protection officer's pages (the demo champion holds the role) and the
    admin's preview of a licence quiz question."""
    tour = tour_for()
    page.goto("/privacy/")
    tour.check("Privacy notice", heading=heading("Privacy notice"))

    champion = Member.objects.get(email="champion@example.org")
    page.context.clear_cookies()
    login_as(page, champion.email, DEMO_PASSWORD, totp_secret=totp_secret_of(champion))
    page.goto("/privacy/members/")
    tour.check("Members' personal data", heading=heading("Members’ personal data"))
    corporate = Member.objects.get(email="corporate@example.org")
    page.goto(f"/privacy/members/{corporate.pk}/")
    tour.check("A member's personal data", heading=heading(corporate.display_name))

    question = Question.objects.filter(live=True).order_by("pk").first()
    revision = question.get_latest_revision()
    page.goto(f"/admin/snippets/quizzes/question/history/{question.pk}/revisions/{revision.pk}/view/")
    tour.check("Question preview", heading=heading("In an attempt"))
    tour.finish()
