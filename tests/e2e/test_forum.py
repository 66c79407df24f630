"""Forum, best practice, workshops and search in a real browser, with axe-core on every new page type
and one journey by keyboard alone."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from community.bestpractice.models import Statement
from community.factories import MemberFactory
from community.forum.factories import TopicFactory, enthusiasts
from community.forum.models import Flag, Post, Topic
from community.forum.services.flags import flag_post
from community.roles import Role
from community.workshops.models import Placing, Workshop, WorkshopStatement
from tests.e2e.focus import assert_visible_focus, tab_until

pytestmark = pytest.mark.e2e


def switch_to(page, login_as, email: str) -> None:
    """Sign in as someone else: forget the current session first."""
    page.context.clear_cookies()
    login_as(page, email)


@pytest.fixture
def people(page):
    return {
        "asker": MemberFactory(email="asker@example.org", first_name="Asha", last_name="Khan"),
        "helper": MemberFactory(email="helper@example.org", first_name="Huw", last_name="Lloyd"),
        "champion": MemberFactory(
            email="champ@example.org", first_name="Cara", last_name="Bell", roles=(Role.CHAMPION,)
        ),
    }


def test_post_preview_reply_helpful_and_flag(page, login_as, assert_accessible, people):
    category = enthusiasts()
    login_as(page, "asker@example.org")
    page.goto("/forum/")
    assert_accessible(page)
    page.get_by_role("link", name="Enthusiasts").first.click()
    assert_accessible(page)
    page.get_by_role("link", name="Start a new topic").click()
    page.get_by_role("button", name="Post topic").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter a title for the topic.")
    assert_accessible(page)
    page.get_by_label("Title").fill("Tone for library events")
    page.get_by_label("Your post").fill("Should posts about **storytime** be formal?")
    page.get_by_role("button", name="Preview").click()
    expect(page.locator(".postwise-post-preview strong")).to_have_text("storytime")
    expect(page.get_by_label("Your post")).to_have_value("Should posts about **storytime** be formal?")
    assert_accessible(page)
    page.get_by_role("button", name="Post topic").click()
    expect(page.locator("h1")).to_have_text("Tone for library events")
    assert_accessible(page)
    topic = Topic.objects.get(title="Tone for library events", category=category)

    switch_to(page, login_as, "helper@example.org")
    page.goto(f"/forum/t/{topic.pk}/")
    page.get_by_label("Your reply").fill("Friendly and short works best for families.")
    page.get_by_role("button", name="Post reply").click()
    expect(page.locator(".postwise-post-body").last).to_contain_text("Friendly and short")

    switch_to(page, login_as, "asker@example.org")
    page.goto(f"/forum/t/{topic.pk}/")
    reply = Post.objects.get(topic=topic, is_opening=False)
    page.locator(f"#post-{reply.pk}").get_by_role("button", name=re.compile("^Helpful")).click()
    expect(page.get_by_text("You marked this post as helpful.")).to_be_visible()
    page.locator(f"#post-{reply.pk}").get_by_role("button", name=re.compile("^Accept as answer")).click()
    expect(page.locator(".govuk-tag", has_text="Accepted answer")).to_be_visible()
    reply.refresh_from_db()
    assert reply.helpful_count == 1

    page.locator(f"#post-{reply.pk}").get_by_role("link", name=re.compile("^Flag")).click()
    assert_accessible(page)
    page.get_by_role("button", name="Send to a moderator").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose why you are flagging this post.")
    page.get_by_label("Off topic").check()
    page.get_by_role("button", name="Send to a moderator").click()
    expect(page.get_by_text("A moderator will look at this post.")).to_be_visible()
    assert Flag.objects.filter(post=reply).count() == 1

    page.goto("/notifications/")
    assert_accessible(page)
    page.goto("/notifications/preferences/")
    assert_accessible(page)


def test_champion_moderates_promotes_and_searches(page, login_as, assert_accessible, people):
    topic = TopicFactory(
        category=enthusiasts(),
        title="Pin live service alerts",
        author=people["asker"],
        opening="Pin **live alerts** to the top of the page, @helper says.\n\nUnpin them when the service is back.",
    )
    post = topic.posts.get()
    flag_post(member=people["helper"], post=post, reason="spam")
    login_as(page, "champ@example.org")
    page.goto("/forum/moderation/")
    expect(page.locator("main")).to_contain_text("Pin live service alerts")
    assert_accessible(page)
    page.goto(f"/forum/t/{topic.pk}/")
    page.get_by_role("button", name=re.compile("^Promote to best practice")).click()
    main = page.locator("main")
    expect(page.get_by_role("heading", level=1)).to_have_text("Promote to best practice")
    title = main.get_by_label("Title", exact=True)
    explanation = main.get_by_label("Explanation")
    expect(title).to_have_value("Pin live alerts to the top of the page, Huw Lloyd says.")
    expect(explanation).to_have_value(
        "Pin live alerts to the top of the page, Huw Lloyd says.\n\nUnpin them when the service is back."
    )
    assert_accessible(page)
    title.fill("Pin live service alerts to the top of the page")
    main.get_by_label("Activities, such as service alerts and promoting events").check()
    main.get_by_role("button", name="Save as a draft").click()
    expect(page.get_by_text("Saved as a draft.")).to_be_visible()
    assert_accessible(page)
    statement = Statement.objects.get()
    assert statement.is_draft and list(statement.topics.all()) == [topic] and list(statement.posts.all()) == [post]
    page.goto("/best-practice/")
    expect(main.get_by_role("heading", name="Drafts")).to_be_visible()
    assert_accessible(page)
    main.get_by_role("link", name="Pin live service alerts to the top of the page").click()
    main.get_by_role("button", name=re.compile("^Publish")).click()
    expect(page.get_by_text("Every member can now read this statement.")).to_be_visible()
    statement.refresh_from_db()
    assert not statement.is_draft
    page.goto("/best-practice/?theme=activities")
    expect(main.get_by_role("link", name="Pin live service alerts to the top of the page")).to_be_visible()
    page.goto(f"/forum/t/{topic.pk}/")
    page.get_by_text("Moderate this topic").click()
    page.get_by_role("link", name="Move").click()
    assert_accessible(page)
    page.goto("/search/?q=alerts")
    expect(page.locator("main")).to_contain_text("Pin live service alerts")
    assert_accessible(page)


@pytest.fixture
def open_workshop(people):
    workshop = Workshop.objects.create(
        question="What should we post on bank holidays?",
        themes=["activities"],
        closes_at=timezone.now() + datetime.timedelta(days=5),
        created_by=people["champion"],
    )
    WorkshopStatement.objects.create(
        workshop=workshop, text="Say when the account is staffed", author=people["champion"]
    )
    return workshop


def test_add_and_place_a_workshop_statement(page, login_as, assert_accessible, open_workshop):
    login_as(page, "asker@example.org")
    page.goto("/workshops/")
    assert_accessible(page)
    page.get_by_role("link", name=open_workshop.question).click()
    assert_accessible(page)
    page.get_by_label("Your statement").fill("Schedule a holiday opening-hours post")
    page.locator("fieldset", has_text="Where do you place it?").get_by_label("Should", exact=True).check()
    page.get_by_role("button", name="Add to the line").click()
    expect(page.get_by_text("Your statement is on the line.")).to_be_visible()
    page.goto(f"/workshops/{open_workshop.pk}/results/")
    assert_accessible(page)
    assert Placing.objects.get().position == 1


def test_place_a_statement_by_keyboard_alone(page, login_as, assert_accessible, open_workshop):
    login_as(page, "helper@example.org")
    page.goto(f"/workshops/{open_workshop.pk}/")
    # With JavaScript the statement is a card on the line, a slider (community/workshops: opinion-line.js).
    tab_until(page, lambda element: element["text"] == "Not placed yet")
    assert_visible_focus(page)
    # Home is "Should"; from there to "Probably shouldn't" is three steps to the right.
    page.keyboard.press("Home")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    tab_until(page, lambda element: element["text"] == "Save my placings")
    assert_visible_focus(page)
    page.keyboard.press("Enter")
    expect(page.get_by_text("Your placings are saved.")).to_be_visible()
    assert Placing.objects.get().position == 4


def test_champion_opens_a_workshop_page_is_accessible(page, login_as, assert_accessible, people):
    login_as(page, "champ@example.org")
    page.goto("/workshops/new/")
    page.get_by_role("button", name="Open the workshop").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the workshop’s question.")
    assert_accessible(page)
