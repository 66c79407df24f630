"""A member reads the privacy notice and asks for their data; a data protection officer closes a leaver's account
and anonymises them at once, with axe-core on every page on the way (issue 19)."""

import pytest
from playwright.sync_api import expect

from community.factories import MemberFactory
from community.privacy.models import DataExport
from community.roles import Role

pytestmark = pytest.mark.e2e


def test_a_member_asks_for_their_data_and_an_officer_anonymises_a_leaver(page, login_as, assert_accessible):
    MemberFactory(email="lee@example.org", first_name="Lee", last_name="Vere")
    MemberFactory(email="dee@example.org", first_name="Dee", last_name="Pio", roles=(Role.DATA_PROTECTION,))

    login_as(page, "lee@example.org")
    page.get_by_role("link", name="Privacy notice").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Privacy notice")
    assert_accessible(page)
    page.goto("/account/")
    page.get_by_role("button", name="Download your data").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("We are preparing your data")
    assert_accessible(page)
    assert DataExport.objects.filter(member__email="lee@example.org").exists()
    page.get_by_role("button", name="Sign out").click()

    login_as(page, "dee@example.org")
    page.goto("/privacy/members/")
    assert_accessible(page)
    page.get_by_label("Their work email address").fill("lee@example.org")
    page.get_by_role("button", name="Find the member").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lee Vere")
    assert_accessible(page)
    page.get_by_role("button", name="Close the account").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("They left the organisation").check()
    page.get_by_label("Anonymise at once, instead of after the retention period").check()
    page.get_by_role("button", name="Close the account").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Former member")
    expect(page.locator("main")).to_contain_text("Anonymised on")
    assert_accessible(page)
