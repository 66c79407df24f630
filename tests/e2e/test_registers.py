"""Official accounts in a real browser, with axe-core on every page: the corporate user applies, the
coordinator approves, and the new Account manager finds the account managers' forum open."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from community.demo_accounts import DEMO_PASSWORD
from community.registers.models import Application

pytestmark = pytest.mark.e2e


@pytest.fixture
def demo(page):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115 - closed with the process


def switch_to(page, login_as, username: str) -> None:
    page.context.clear_cookies()
    login_as(page, f"{username}@example.org", DEMO_PASSWORD)


def test_apply_approve_and_open_the_managers_forum(page, login_as, assert_accessible, demo):
    main = page.locator("main")
    switch_to(page, login_as, "corporate")
    page.goto("/forum/")
    expect(main.get_by_role("link", name="Account managers")).to_have_count(0)

    page.goto("/official-accounts/")
    expect(main.get_by_role("link", name="Recycling and waste")).to_be_visible()
    assert_accessible(page)
    main.get_by_role("link", name="Apply for a new account").click()
    main.get_by_label("Platform").select_option("youtube")
    main.get_by_label("Account name").fill("Example Museums")
    main.get_by_label("Handle").fill("ExampleMuseums")
    main.get_by_label("Department or service").fill("Culture and Leisure")
    main.get_by_role("button", name="Submit the application").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert_accessible(page)
    main.get_by_label("Why the account is needed").fill("Short films of the collections reach people who never visit.")
    main.get_by_label("Why an existing account won’t do").fill("Council TV is for meetings, not exhibitions.")
    main.get_by_label("Who it is for").fill("Families and schools across the county.")
    main.get_by_label("The goals").fill("More school visits booked.")
    main.get_by_label("The time and resources it will take").fill("Two hours a week; the curator covers.")
    main.get_by_label("Backup manager's work email").fill("rhys.morgan@example.org")
    main.get_by_label("Sponsor's work email").fill("alys.griffiths@example.org")
    main.get_by_label("How success will be measured").fill("School bookings that name the channel.")
    main.get_by_role("button", name="Submit the application").click()
    expect(main.get_by_role("heading", level=1)).to_have_text("Example Museums")
    expect(main).to_contain_text("Waiting for a decision")
    assert_accessible(page)
    application = Application.objects.get(name="Example Museums")

    switch_to(page, login_as, "coordinator")
    page.goto("/official-accounts/applications/")
    main.get_by_role("link", name="Example Museums").click()
    main.get_by_label("Approve: open the account").check()
    main.get_by_label("Your reasons").fill("A clear case with a named backup.")
    main.get_by_role("button", name="Record the decision").click()
    expect(main).to_contain_text("Approved")
    assert_accessible(page)
    application.refresh_from_db()
    assert application.account is not None

    switch_to(page, login_as, "corporate")
    page.goto(application.get_absolute_url())
    expect(main).to_contain_text("A clear case with a named backup.")
    main.get_by_role("link", name="The account in the register").click()
    expect(main.get_by_role("heading", level=1)).to_have_text("Example Museums")
    assert_accessible(page)
    page.goto("/forum/")
    expect(main.get_by_role("link", name="Account managers").first).to_be_visible()
