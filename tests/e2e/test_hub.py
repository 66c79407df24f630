"""A Basic member opens "My access", follows the way to the licence, and reads the social hub."""

import re
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from playwright.sync_api import expect

from community.demo_accounts import DEMO_PASSWORD

pytestmark = pytest.mark.e2e


@pytest.fixture
def demo(page):
    cache.clear()
    call_command("load_demo_content", stdout=StringIO())
    yield
    cache.clear()


def test_a_basic_member_finds_the_licence_and_follows_the_organisation_in_the_hub(
    page, demo, login_as, assert_accessible
):
    login_as(page, "newstarter@example.org", DEMO_PASSWORD)
    main = page.locator("main")

    # The signed-in home page already shows the latest posts.
    page.goto("/")
    expect(main.get_by_role("heading", name="Latest from our official accounts")).to_be_visible()
    expect(main.locator(".postwise-hub-latest article")).to_have_count(4)

    page.goto("/my-access/")
    assert_accessible(page)
    main.get_by_role("link", name=re.compile("Take the licence course")).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Representing the organisation")
    assert_accessible(page)

    page.go_back()
    main.get_by_role("link", name="social hub").click()
    expect(page).to_have_url(re.compile(r"/hub/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Social hub")
    expect(main.get_by_text("even where a social media site is blocked for you")).to_be_visible()
    first = main.locator("article").first
    expect(first.get_by_role("link")).to_have_attribute("href", re.compile(r"^https://"))
    expect(first).to_contain_text(re.compile(r" on (Mastodon|X \(Twitter\)|Facebook|YouTube|Bluesky|Blog) · "))
    assert_accessible(page)
    # The sample feeds' hostile item is there, harmless: no script ran, and pictures are links.
    expect(main.get_by_role("link", name=re.compile("^Picture: ")).first).to_be_visible()

    # Filters work without JavaScript and stay in the address.
    main.get_by_label("Platform").select_option(label="Bluesky")
    main.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"platform=bluesky"))
    expect(main.locator("article")).to_have_count(3)
    for text in main.locator("article .postwise-hub-item__meta").all_inner_texts():
        assert text.startswith("Roads and travel on Bluesky")
    expect(main.get_by_label("Platform")).to_have_value("bluesky")
    assert_accessible(page)
