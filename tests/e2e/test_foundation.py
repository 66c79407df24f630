"""The foundation's journeys in a real browser: sign-up, domain errors, admin behind TOTP, keyboard use."""

import re

import pytest
from playwright.sync_api import expect

from community.factories import MemberFactory
from community.roles import Role
from tests.e2e.focus import assert_visible_focus, focused, tab_until
from tests.e2e.totp import current_totp_code

pytestmark = pytest.mark.e2e

PASSWORD = "postwise-test-pass"
CONFIRMATION_LINK = re.compile(r"https?://\S+/accounts/confirm-email/\S+")


def confirmation_link(mailoutbox, email: str) -> str:
    messages = [message for message in mailoutbox if email in message.to]
    assert messages, f"No email was sent to {email}"
    match = CONFIRMATION_LINK.search(messages[-1].body)
    assert match, f"No confirmation link in: {messages[-1].body}"
    return match.group(0)


def sign_out(page) -> None:
    """The header's Sign out button posts the logout form; the home page says so."""
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)
    expect(page.get_by_role("navigation", name="Your account").get_by_role("link", name="Sign in")).to_be_visible()


def expect_my_path_at_basic(page) -> None:
    expect(page).to_have_url(re.compile(r"/my-path/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("My path")
    expect(page.get_by_role("heading", name="Your level: Basic")).to_be_visible()


def test_sign_up_verify_log_in_see_my_path_and_sign_out(page, mailoutbox, login_as, assert_accessible):
    email = "new.starter@example.gov.uk"

    page.goto("/")
    assert_accessible(page)
    page.locator("main").get_by_role("link", name="create an account").click()
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    assert_accessible(page)

    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("verify your email", re.IGNORECASE))
    assert_accessible(page)

    page.goto(confirmation_link(mailoutbox, email))
    assert_accessible(page)
    page.locator("main").get_by_role("button", name="Confirm").click()
    # Confirming in the browser that signed up signs in (ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION).
    expect_my_path_at_basic(page)
    assert_accessible(page)
    sign_out(page)

    page.goto("/accounts/login/")
    assert_accessible(page)
    login_as(page, email)
    expect_my_path_at_basic(page)

    sign_out(page)
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("alert", name="Success")).to_contain_text("signed out")
    assert_accessible(page)
    page.goto("/my-path/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))


def test_sign_up_from_another_domain_shows_the_error_linked_to_the_email_field(page, mailoutbox, assert_accessible):
    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill("someone@elsewhere.example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Sign up").click()

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    summary_link = summary.get_by_role("link", name=re.compile("Use your work email address"))
    expect(summary_link).to_contain_text("@example.org, @example.gov.uk")
    email_input = page.get_by_label("Email")
    expect(summary_link).to_have_attribute("href", f"#{email_input.get_attribute('id')}")
    expect(email_input).to_have_attribute("aria-invalid", "true")
    error_id = email_input.get_attribute("aria-describedby").split()[-1]
    expect(page.locator(f"#{error_id}")).to_contain_text("Use your work email address")
    assert_accessible(page)

    summary_link.click()
    expect(email_input).to_be_focused()
    assert mailoutbox == []


def test_champion_must_activate_totp_before_reaching_the_wagtail_admin(page, login_as, assert_accessible):
    champion = MemberFactory(email="champion@example.org", roles=(Role.CHAMPION,))
    login_as(page, champion.email)

    # The admin sends them to TOTP activation, which allauth guards with a password re-check.
    for admin_url in ["/admin/", "/admin/pages/"]:
        page.goto(admin_url)
        expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/\?next=%2Faccounts%2F2fa%2Ftotp%2Factivate%2F"))
        expect(page.locator(".w-dashboard")).to_have_count(0)
    expect(page.get_by_role("alert")).to_contain_text("Your role needs two-factor authentication")
    assert_accessible(page)
    page.get_by_label("Password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/"))
    assert_accessible(page)

    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/\?next=/admin/$"))
    expect(page.locator(".w-dashboard")).to_have_count(0)

    secret = page.get_by_label("Authenticator secret").input_value()
    page.get_by_label("Authenticator code").fill(current_totp_code(secret))
    page.locator("main").get_by_role("button", name="Activate").click()
    page.wait_for_load_state()
    assert_accessible(page)

    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator(".w-dashboard")).to_have_count(1)

    # From now on signing in asks for the code, and then the admin opens straight away.
    page.goto("/")
    sign_out(page)
    login_as(page, champion.email, totp_secret=secret)
    page.goto("/admin/")
    expect(page.locator(".w-dashboard")).to_have_count(1)


def test_keyboard_only_skip_link_and_sign_in(page, assert_accessible):
    member = MemberFactory(email="keyboard.user@example.org")
    page.goto("/")

    page.keyboard.press("Tab")
    skip_link = assert_visible_focus(page)
    assert skip_link["text"] == "Skip to main content"
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main-content"

    sign_in_link = tab_until(page, lambda element: element["text"] == "Sign in")
    assert_visible_focus(page)
    assert sign_in_link["tag"] == "a"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))

    tab_until(page, lambda element: element["name"] == "login")
    assert_visible_focus(page)
    page.keyboard.type(member.email)
    tab_until(page, lambda element: element["name"] == "password")
    assert_visible_focus(page)
    page.keyboard.type(PASSWORD)
    tab_until(page, lambda element: element["tag"] == "button" and element["text"].lower() == "sign in")
    assert_visible_focus(page)
    page.keyboard.press("Enter")

    expect_my_path_at_basic(page)
    assert_accessible(page)
