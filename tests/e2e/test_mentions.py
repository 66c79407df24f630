"""Mentioning a member from the reply box: suggestions as you type (accessible-autocomplete), by
keyboard, checked with axe-core; the posted reply links the member and tells them once."""

import pytest
from playwright.sync_api import expect

from community.factories import MemberFactory
from community.forum.factories import TopicFactory, enthusiasts
from community.notifications.models import Notification

pytestmark = pytest.mark.e2e


def test_reply_box_suggests_members_and_the_reply_links_and_notifies_them(page, login_as, assert_accessible):
    MemberFactory(email="writer@example.org", first_name="Wren", last_name="Ito")
    priya = MemberFactory(email="priya.shah@example.org", first_name="Priya", last_name="Shah")
    topic = TopicFactory(category=enthusiasts(), title="Gritting updates in the snow")
    login_as(page, "writer@example.org")
    page.goto(f"/forum/t/{topic.pk}/")

    reply = page.get_by_label("Your reply")
    reply.fill("Good idea, thank you")
    mention = page.get_by_label("Mention someone (optional)")
    mention.press_sequentially("pri")
    option = page.get_by_role("option", name="Priya Shah (@priya.shah)")
    expect(option).to_be_visible()
    assert_accessible(page)
    page.keyboard.press("ArrowDown")
    expect(option).to_be_focused()
    page.keyboard.press("Enter")
    expect(reply).to_have_value("Good idea, thank you @priya.shah ")

    page.get_by_role("button", name="Post reply").click()
    link = page.locator(".postwise-post-body").last.get_by_role("link", name="@priya.shah")
    expect(link).to_have_attribute("href", "mailto:priya.shah@example.org")
    assert_accessible(page)
    assert Notification.objects.filter(recipient=priya, kind=Notification.Kind.MENTION).count() == 1


def test_without_javascript_the_hint_explains_mentions(page, browser, live_server, login_as):
    MemberFactory(email="writer@example.org")
    topic = TopicFactory(category=enthusiasts(), title="Road closures")
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    no_js = context.new_page()
    try:
        login_as(no_js, "writer@example.org")
        no_js.goto(f"/forum/t/{topic.pk}/")
        expect(no_js.get_by_text("To mention someone, type @")).to_be_visible()
        expect(no_js.get_by_label("Mention someone (optional)")).to_have_count(0)
    finally:
        context.close()
