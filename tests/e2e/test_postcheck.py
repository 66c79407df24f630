"""A member pastes a draft with a phone number and a blocked link, hears both findings announced, follows a
finding to its place in the draft, fixes both and gets a clean report, with axe-core on each state (issue 15)."""

import datetime

import pytest
from playwright.sync_api import expect

from community.factories import MemberFactory
from community.postcheck.models import DRAFTS_CHECKED, WeeklyCheckCount
from community.roles import Role
from community.sites.models import AccessList, SiteDomain, SocialSite
from tests.e2e.layout import layout_problems

pytestmark = pytest.mark.e2e

DRAFT = "Questions about bin day? Call Sam on 07911 123456 or watch our video at https://www.tiktok.com/@council/1"
FIXED = "Questions about bin day? Call the contact centre or read https://www.example.org/bins"


@pytest.fixture
def blocked_tiktok(page):
    site = SocialSite.objects.create(
        name="TikTok",
        category="video",
        access_list=AccessList.BLOCKED,
        rationale="Blocked while the data sharing review is open.",
        review_on=datetime.date(2030, 1, 1),
    )
    SiteDomain.objects.create(site=site, domain="tiktok.com")
    MemberFactory(email="sam@example.org", first_name="Sam", last_name="Okafor")


def test_a_draft_with_a_phone_number_and_a_blocked_link_is_announced_then_fixed(
    page, login_as, assert_accessible, blocked_tiktok
):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("requestfailed", lambda request: errors.append(f"failed: {request.url}"))
    login_as(page, "sam@example.org")
    page.goto("/check-a-post/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Check a post before you publish")
    assert_accessible(page)

    page.get_by_label("Where will you post it?").select_option("x")
    draft = page.get_by_label("Your draft")
    draft.fill(DRAFT)
    announce = page.locator("#postcheck-announce")
    expect(announce).to_have_attribute("aria-live", "polite")
    expect(announce).to_contain_text("Phone number", timeout=30_000)
    expect(announce).to_contain_text("Blocked site")
    findings = page.locator(".postcheck-finding")
    expect(findings).to_have_count(2)
    expect(findings.nth(0)).to_contain_text("Check")  # the severity is a word, not only a colour
    expect(findings.nth(1)).to_contain_text("Problem")
    expect(findings.nth(1)).to_contain_text("Blocked while the data sharing review is open.")
    assert_accessible(page)

    # Each finding links to its place in the draft: following it selects the phone number there.
    findings.nth(0).get_by_role("link").click()
    expect(draft).to_be_focused()
    assert (
        page.evaluate(
            "() => { const box = document.getElementById('id_text');"
            " return box.value.slice(box.selectionStart, box.selectionEnd); }"
        )
        == "07911 123456"
    )
    assert WeeklyCheckCount.objects.count() == 0  # checking as you type is not counted

    draft.fill(FIXED)
    expect(announce).to_contain_text("Nothing found to flag")
    expect(findings).to_have_count(0)
    page.get_by_role("button", name="Check").click()
    expect(announce).to_contain_text("Nothing found to flag")
    assert_accessible(page)
    assert WeeklyCheckCount.objects.get(kind=DRAFTS_CHECKED).count == 1


def test_with_every_menu_item_a_champion_has_the_menu_stays_on_one_row(page, login_as, blocked_tiktok):
    """A champion's menu (the longest: Moderation too) on one row at 1280 px; the report reflows at 390 and 320 px."""
    MemberFactory(email="cam@example.org", roles=(Role.CHAMPION,))
    login_as(page, "cam@example.org")
    page.goto("/check-a-post/")
    page.get_by_label("Your draft").fill(DRAFT)
    expect(page.locator("#postcheck-announce")).to_contain_text("Blocked site")
    assert layout_problems(page) == []
