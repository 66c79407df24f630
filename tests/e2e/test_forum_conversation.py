"""Issue 13, the forum as a conversation, in a real browser: topic lists and a topic fit at 390 px (and 320 px),
quoting a selected passage into a reply, and a reply draft that survives a reload and is cleared on posting.
axe-core on each page."""

import json

import pytest
from playwright.sync_api import expect

from community.factories import MemberFactory
from community.forum.factories import enthusiasts
from community.forum.models import Post
from community.forum.services.posting import reply, start_topic
from community.roles import Role
from tests.e2e.html_validity import checker_unavailable, nu_problems
from tests.e2e.layout import layout_problems

pytestmark = pytest.mark.e2e

OPENING = (
    "We post service alerts on three platforms. The first sentence should say what changed; "
    "the second who it affects; the third when it ends. Averyveryverylongwordwithoutanyspacesatalltotestwrapping."
)


@pytest.fixture
def conversation(page):
    champion = MemberFactory(email="cara@example.org", first_name="Cara", last_name="Bell", roles=(Role.CHAMPION,))
    helper = MemberFactory(email="tech@example.org", first_name="Tomos", last_name="Evans", roles=(Role.TECH_SUPPORT,))
    reader = MemberFactory(email="reader@example.org", first_name="Rhian", last_name="Jones")
    category = enthusiasts()
    topic = start_topic(
        author=champion,
        category=category,
        title="How do you word a service alert so that residents read past the first line of it?",
        body=OPENING,
        tags=["service alerts", "writing"],
    )
    reply(author=helper, topic=topic, body="Put the **date** first.\n\nThen the place.")
    start_topic(author=helper, category=category, title="Scheduling tools", body="Which do you use?")
    return {"topic": topic, "reader": reader, "category": category}


def test_topic_lists_and_a_topic_fit_a_phone_and_pass_axe(page, login_as, assert_accessible, conversation):
    login_as(page, "reader@example.org")
    topic = conversation["topic"]
    page.goto("/forum/")
    item = page.locator(".pw-topic", has_text="How do you word a service alert")
    expect(item.locator(".pw-topic__excerpt")).to_contain_text("We post service alerts")
    expect(item).to_contain_text("#service alerts")
    expect(item).to_contain_text("1 reply")
    expect(item.locator(".pw-badge")).to_have_text("Champion")
    expect(item.locator(".govuk-tag--blue")).to_have_text("Unread")
    pages = {}
    for url in ("/forum/", f"/forum/c/{conversation['category'].slug}/", topic.get_absolute_url()):
        page.goto(url)
        assert layout_problems(page) == [], url
        assert_accessible(page)
        pages[url] = page.content()
    if checker_unavailable() is None:
        assert not any(nu_problems(pages).values()), nu_problems(pages)
    page.goto(topic.get_absolute_url())
    expect(page.locator("article .pw-badge", has_text="Tech support")).to_be_visible()
    exact = page.locator("article time").first.get_attribute("title")
    expect(page.locator("article time").first).to_contain_text(f"({exact})")


def test_quote_a_selected_passage_into_the_reply(page, login_as, assert_accessible, conversation):
    login_as(page, "reader@example.org")
    topic = conversation["topic"]
    opening = topic.posts.get(is_opening=True)
    page.goto(topic.get_absolute_url())
    page.get_by_label("Your reply").fill("Thanks.")
    # Select "the second who it affects" inside the opening post, as a reader would with the mouse.
    page.evaluate(
        """(id) => {
            const body = document.querySelector(`#post-${id} .postwise-post-body p`);
            const text = body.firstChild;
            const start = text.data.indexOf("the second who it affects");
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, start + "the second who it affects".length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }""",
        opening.pk,
    )
    page.locator(f"#post-{opening.pk}").get_by_role("link", name="Quote Cara Bell’s post in your reply").click()
    box = page.get_by_label("Your reply")
    expect(box).to_be_focused()
    expect(box).to_have_value("Thanks.\n\nCara Bell wrote:\n\n> the second who it affects\n\n")
    # Nothing selected: the whole post (the reply's two paragraphs) is quoted.
    answer = topic.posts.get(is_opening=False)
    page.evaluate("() => window.getSelection().removeAllRanges()")
    page.locator(f"#post-{answer.pk}").get_by_role("link", name="Quote Tomos Evans’s post in your reply").click()
    value = box.input_value()
    assert "Tomos Evans wrote:\n\n> Put the date first.\n>\n> Then the place." in value, value
    assert page.url.endswith(topic.get_absolute_url()), "quoting with JavaScript stays on the page"
    page.get_by_role("button", name="Post reply").click()
    expect(page.get_by_text("Your reply has been posted.")).to_be_visible()
    posted = Post.objects.filter(topic=topic).order_by("-id").first()
    assert "<blockquote>\n<p>the second who it affects</p>\n</blockquote>" in posted.body_html
    assert_accessible(page)


def test_a_draft_survives_a_reload_and_is_cleared_on_posting(page, login_as, assert_accessible, conversation):
    login_as(page, "reader@example.org")
    topic = conversation["topic"]
    key = f"postwise-reply-draft-{conversation['reader'].pk}-{topic.pk}"
    page.goto(topic.get_absolute_url())
    notice = page.locator("[data-draft-notice]")
    expect(notice).to_be_hidden()
    page.get_by_label("Your reply").fill("A reply I have not finished")
    page.reload()
    expect(page.get_by_label("Your reply")).to_have_value("A reply I have not finished")
    expect(notice).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Your reply").fill("A reply I have now finished.")
    page.get_by_role("button", name="Post reply").click()
    expect(page.get_by_text("Your reply has been posted.")).to_be_visible()
    expect(page.get_by_label("Your reply")).to_have_value("")
    assert page.evaluate("(key) => window.localStorage.getItem(key)", key) is None
    page.reload()
    expect(page.get_by_label("Your reply")).to_have_value("")
    expect(notice).to_be_hidden()
    assert Post.objects.filter(topic=topic, body="A reply I have now finished.").count() == 1


def test_a_draft_stays_through_a_preview_and_can_be_discarded(page, login_as, conversation):
    login_as(page, "reader@example.org")
    topic = conversation["topic"]
    key = f"postwise-reply-draft-{conversation['reader'].pk}-{topic.pk}"
    page.goto(topic.get_absolute_url())
    words = "A **draft** I am still shaping"
    page.get_by_label("Your reply").fill(words)
    page.get_by_role("button", name="Preview").click()
    expect(page.locator(".postwise-post-preview strong")).to_have_text("draft")
    stored = json.loads(page.evaluate("(key) => window.localStorage.getItem(key)", key))
    assert stored["text"] == words
    page.goto(topic.get_absolute_url())
    expect(page.get_by_label("Your reply")).to_have_value(words)
    page.get_by_role("button", name="Discard the saved reply").click()
    expect(page.get_by_label("Your reply")).to_have_value("")
    assert page.evaluate("(key) => window.localStorage.getItem(key)", key) is None
