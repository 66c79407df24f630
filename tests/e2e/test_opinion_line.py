"""The opinion line in a browser: placing by keyboard only, by dragging, and a live workshop in a room,
checked with axe-core and at 390 and 320 px."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from community.factories import MemberFactory
from community.roles import Role
from community.workshops.models import Placing, Workshop, WorkshopStatement
from tests.e2e.layout import layout_problems

pytestmark = pytest.mark.e2e

STATEMENTS = ["Reply within a working day", "Argue with trolls", "Post at weekends"]


def _workshop(champion) -> Workshop:
    workshop = Workshop.objects.create(
        question="How should we answer residents online?",
        themes=["style"],
        closes_at=timezone.now() + datetime.timedelta(days=2),
        created_by=champion,
    )
    for text in STATEMENTS:
        WorkshopStatement.objects.create(workshop=workshop, text=text, theme="style", author=champion)
    return workshop


def _tab_to_slider(page, name: str) -> None:
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const e = document.activeElement; return e && e.getAttribute('role') === 'slider' ? "
            "document.getElementById(e.getAttribute('aria-labelledby')).textContent : null; }"
        )
        if focused == name:
            return
    raise AssertionError(f"Tab never reached the slider for {name!r}")


def test_three_statements_placed_with_the_keyboard_only(page, login_as, assert_accessible):
    champion = MemberFactory(email="champ@example.org", roles=(Role.CHAMPION,))
    member = MemberFactory(email="placer@example.org")
    workshop = _workshop(champion)
    login_as(page, "placer@example.org")
    page.goto(f"/workshops/{workshop.pk}/")
    sliders = page.get_by_role("slider")
    expect(sliders).to_have_count(3)
    expect(sliders.first).to_have_attribute("aria-valuetext", "Not placed yet")
    assert_accessible(page)
    assert layout_problems(page) == []

    _tab_to_slider(page, STATEMENTS[0])
    page.keyboard.press("Home")
    _tab_to_slider(page, STATEMENTS[1])
    page.keyboard.press("End")
    _tab_to_slider(page, STATEMENTS[2])
    page.keyboard.press("ArrowRight")  # placed in the middle first
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_role("slider", name=STATEMENTS[2])).to_have_attribute("aria-valuetext", "Probably should")
    expect(page.get_by_role("slider", name=STATEMENTS[0])).to_have_attribute("aria-valuetext", "Should")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Save my placings")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Your placings are saved")
    placed = dict(Placing.objects.filter(member=member).values_list("statement__text", "position"))
    assert placed == {STATEMENTS[0]: 1, STATEMENTS[1]: 5, STATEMENTS[2]: 2}
    # After the reload the cards sit where they were saved.
    expect(page.get_by_role("slider", name=STATEMENTS[1])).to_have_attribute("aria-valuenow", "5")
    assert_accessible(page)


def test_one_statement_placed_by_dragging(page, login_as):
    champion = MemberFactory(email="champ@example.org", roles=(Role.CHAMPION,))
    member = MemberFactory(email="dragger@example.org")
    workshop = _workshop(champion)
    login_as(page, "dragger@example.org")
    page.goto(f"/workshops/{workshop.pk}/")
    card = page.get_by_role("slider", name=STATEMENTS[1])
    track = card.locator("xpath=..")
    card.scroll_into_view_if_needed()  # mouse positions are in the viewport
    card_box, track_box = card.bounding_box(), track.bounding_box()
    page.mouse.move(card_box["x"] + card_box["width"] / 2, card_box["y"] + card_box["height"] / 2)
    page.mouse.down()
    for step in range(1, 6):
        page.mouse.move(track_box["x"] + track_box["width"] * (0.5 + step * 0.1), card_box["y"] + 10)
    page.mouse.up()
    expect(card).to_have_attribute("aria-valuetext", "Shouldn’t")
    page.get_by_role("button", name="Save my placings").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Your placings are saved")
    assert Placing.objects.get(member=member).position == 5


def test_a_live_workshop_updates_the_projector_as_a_participant_places(
    page, browser, live_server, login_as, assert_accessible
):
    champion = MemberFactory(email="champ@example.org", roles=(Role.CHAMPION,))
    MemberFactory(email="phone@example.org")
    workshop = _workshop(champion)
    login_as(page, "champ@example.org")
    page.goto(f"/workshops/{workshop.pk}/live/")
    expect(page.locator(".pw-live__qr svg")).to_be_visible()
    page.get_by_role("button", name="Hide the placings").click()
    results = page.locator("[data-live-results]")
    expect(results).to_contain_text("hidden until the champion reveals them")
    expect(results).to_contain_text("0 people have placed 0 times")
    assert_accessible(page)
    join_link = page.locator(".pw-live__link").inner_text().strip()

    phone = browser.new_context(base_url=live_server.url, locale="en-GB", viewport={"width": 390, "height": 800})
    try:
        participant = phone.new_page()
        login_as(participant, "phone@example.org")
        participant.goto(join_link)
        expect(participant.get_by_role("heading", level=1)).to_have_text(workshop.question)
        participant.get_by_role("slider", name=STATEMENTS[0]).focus()
        participant.keyboard.press("Home")
        participant.get_by_role("button", name="Save my placings").click()
        expect(participant.locator(".govuk-notification-banner")).to_contain_text("Your placings are saved")
    finally:
        phone.close()

    expect(results).to_contain_text("1 person has placed 1 time", timeout=15_000)
    expect(results).not_to_contain_text(STATEMENTS[0])
    page.get_by_role("button", name="Reveal the placings").click()
    expect(results.get_by_text(STATEMENTS[0])).to_be_visible()
    expect(results.get_by_role("img", name=re.compile(r"1 placing; median: Should"))).to_be_visible()
    assert_accessible(page)
