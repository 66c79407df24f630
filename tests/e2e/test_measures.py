"""The measures dashboard in the browser (issue 12): a champion reads every measure's chart and table under
axe, filters by department without JavaScript, and prints it; a sponsor sees only their own accounts."""

import pytest
from playwright.sync_api import expect

from community.factories import MemberFactory, OfficialAccountFactory
from community.roles import Role
from courses.licences.factories import LicenceFactory
from tests.community.mfa_helpers import activate_totp

pytestmark = pytest.mark.e2e


@pytest.fixture
def measured(db):
    LicenceFactory(holder=MemberFactory(department="Highways"))
    MemberFactory(department="Libraries")
    sponsor = MemberFactory(email="director@example.org", department="Environment")
    OfficialAccountFactory(name="Recycling and waste", sponsor=sponsor, department="Environment")
    OfficialAccountFactory(name="Roads and bridges", department="Highways")
    champion = MemberFactory(email="champion@example.org", roles=(Role.CHAMPION,))
    return champion, activate_totp(champion)


def test_a_champion_reads_filters_and_prints_the_measures(page, login_as, assert_accessible, measured):
    champion, secret = measured
    login_as(page, champion.email, totp_secret=secret)
    page.goto("/measures/")
    main = page.locator("main")
    expect(page.get_by_role("heading", level=1)).to_have_text("Measures")
    # Every measure with figures has its table, captioned, beside its chart; axe checks them all.
    tables = main.locator("table.govuk-table")
    expect(tables.first).to_be_visible()
    assert tables.count() >= 5
    assert main.locator("table caption").count() == tables.count()
    expect(main.locator("svg.measure-chart").first).to_be_visible()
    expect(main.get_by_role("table", name="Members at each level: the figures")).to_contain_text("Corporate user")
    expect(main.get_by_text("No incident happened in the period.")).to_be_visible()
    assert_accessible(page)

    # The filter is a plain GET form: its choices end up in the address, so a view can be shared.
    main.get_by_label("Department").select_option("Highways")
    main.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**/measures/?*department=Highways*")
    expect(main.locator("#computed-at")).to_contain_text("Highways")
    csv_link = main.get_by_role("link", name="Download members at each level as CSV")
    assert "department=Highways" in csv_link.get_attribute("href")
    assert_accessible(page)

    # Printed: no menus, filters or contents list; every chart and table stays.
    page.emulate_media(media="print")
    expect(main.locator("form.postwise-measures-filters")).to_be_hidden()
    expect(page.locator(".govuk-header")).to_be_hidden()
    expect(main.locator("table.govuk-table").first).to_be_visible()
    expect(main.locator("svg.measure-chart").first).to_be_visible()
    page.emulate_media(media="screen")


def test_a_sponsor_sees_only_their_own_accounts(page, login_as, assert_accessible, measured):
    login_as(page, "director@example.org")
    page.goto("/measures/")
    main = page.locator("main")
    expect(main.get_by_text("Your official accounts")).to_be_visible()
    expect(main).to_contain_text("Recycling and waste")
    expect(main).not_to_contain_text("Roads and bridges")
    expect(main).not_to_contain_text("Members at each level")
    assert_accessible(page)
