"""The account manager reports a data protection incident and works through its recovery checklist,
with axe-core on every page on the way (issue 10, journey 2)."""

import datetime
import re

import pytest
import yaml
from django.conf import settings
from django.utils import timezone
from playwright.sync_api import expect

from community.factories import MemberFactory, OfficialAccountFactory
from community.incidents.models import Incident
from community.incidents.services import ensure_default_checklists
from courses.licences.factories import LicenceFactory

pytestmark = pytest.mark.e2e

CHECKLISTS = settings.BASE_DIR / "site" / "demo" / "incidents" / "checklists.yaml"


@pytest.fixture
def managed_account(page):
    ensure_default_checklists(entries=yaml.safe_load(CHECKLISTS.read_text(encoding="utf-8")))
    manager = MemberFactory(email="mo@example.org", first_name="Mo", last_name="Hassan")
    LicenceFactory(holder=manager)
    return OfficialAccountFactory(
        managers=[manager], handle="@recycling@social.example.org", name="Recycling and waste", status="active"
    )


def test_the_manager_reports_a_data_protection_incident_and_works_through_its_checklist(
    page, login_as, assert_accessible, managed_account
):
    login_as(page, "mo@example.org")
    page.goto(f"/official-accounts/{managed_account.pk}/incidents/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Incidents")
    assert_accessible(page)
    page.get_by_role("link", name="Report an incident").click()
    assert_accessible(page)

    # Sent with a malformed post address and no risk: both are refused beside their fields.
    page.get_by_label("Summary").fill("Resident's address shown in a reply")
    page.get_by_label("What happened").fill("We quoted a complaint, address and all, in a public reply.")
    when = (timezone.localtime() - datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    page.get_by_label("When it happened").fill(when)
    page.get_by_label("Link to the post (optional)").fill("not a link")
    page.get_by_role("button", name="Report and see the checklist").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Enter the post’s full address")
    expect(summary).to_contain_text("Choose the risk the incident touched.")
    assert_accessible(page)
    assert Incident.objects.count() == 0

    page.get_by_label("Link to the post (optional)").fill("https://social.example.org/@recycling/1134")
    page.get_by_label("Data protection").check()
    page.get_by_label(re.compile("^High")).check()
    page.get_by_role("button", name="Report and see the checklist").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Resident's address shown in a reply")
    expect(page.get_by_role("heading", name="Recovery checklist: data protection")).to_be_visible()
    assert_accessible(page)
    steps = page.locator(".postwise-checklist__step")
    count = steps.count()
    assert count >= 4
    expect(page.locator("main")).to_contain_text(f"0 of {count} steps done")

    first_step = steps.nth(0)
    first_step.get_by_label("Note (optional)").fill("Deleted the reply; screenshot kept.")
    first_step.get_by_role("button", name=re.compile("^Record as done")).click()
    expect(page.locator("main")).to_contain_text(f"1 of {count} steps done")
    expect(steps.nth(0)).to_contain_text("Done")
    expect(steps.nth(0)).to_contain_text("by Mo Hassan")
    assert_accessible(page)

    dpo = steps.filter(has_text="Tell the data protection officer")
    dpo.get_by_role("button", name=re.compile("^Record as done")).click()
    expect(page.locator("main")).to_contain_text(f"2 of {count} steps done")

    page.get_by_role("button", name="Close the incident").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the lesson learned")
    assert_accessible(page)
    page.get_by_label("Lesson learned").fill("Move personal details to a private message before replying.")
    page.get_by_role("button", name="Close the incident").click()
    expect(page.get_by_role("heading", name="Lesson learned")).to_be_visible()
    assert_accessible(page)

    incident = Incident.objects.get()
    assert incident.status == Incident.Status.CLOSED
    assert incident.steps.filter(done_at__isnull=False).count() == 2
    assert incident.steps.get(position=1).note == "Deleted the reply; screenshot kept."
