import re

import pytest
from django.urls import reverse

from community.forum.factories import TopicFactory, enthusiasts
from community.forum.markdown import render_markdown
from community.forum.services.posting import start_topic

from .xss import PAYLOADS, dangerous_parts


def test_the_corpus_is_big_enough():
    assert len(PAYLOADS) >= 40


def test_the_checker_catches_what_it_should():
    assert dangerous_parts('<a href="javascript:x">a</a>')
    assert dangerous_parts("<p onclick=x>a</p>")
    assert dangerous_parts("<script>x</script>")
    assert not dangerous_parts('<p><a href="https://example.org" rel="nofollow noopener">a</a></p>')


@pytest.mark.parametrize("payload", PAYLOADS)
def test_bodies_are_sanitised(payload):
    html = render_markdown(payload)
    assert dangerous_parts(html) == []
    assert "<script" not in html.lower()


def test_links_get_nofollow_noopener():
    html = render_markdown("[our guidelines](https://example.org/guidelines)")
    assert 'href="https://example.org/guidelines"' in html
    assert 'rel="nofollow noopener"' in html


def test_markdown_still_works():
    html = render_markdown("# Heading\n\n**bold** and *italic*\n\n- one\n- two\n\n> quoted")
    assert "<h3>Heading</h3>" in html  # page headings stay the page's
    assert "<strong>bold</strong>" in html and "<em>italic</em>" in html
    assert "<li>one</li>" in html and "<blockquote>" in html


def _page_scripts_ok(html: str) -> list[str]:
    return dangerous_parts(html, allowed_script_srcs=("/static/",))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_titles_and_tags_are_plain_text(payload, client, basic_member, settings):
    settings.FORUM_NEW_MEMBER_POSTS_PER_MINUTE = 1000
    settings.FORUM_NEW_MEMBER_LINK_CAP = 1000
    category = enthusiasts()
    title = payload.replace("\n", " ")[:150]
    topic = start_topic(
        author=basic_member, category=category, title=title, body=payload, tags=[payload[:50], "safe tag"]
    )
    client.force_login(basic_member)
    for url in (
        reverse("forum:topic", args=[topic.pk]),
        reverse("forum:category", args=["enthusiasts"]),
        reverse("forum:index"),
        reverse("home:search") + "?tag=safe+tag",
    ):
        html = client.get(url).content.decode()
        assert _page_scripts_ok(html) == [], url


def test_a_title_is_escaped_not_rendered(client, basic_member):
    topic = TopicFactory(title="<b>Bold</b> & **stars**")
    client.force_login(basic_member)
    html = client.get(reverse("forum:topic", args=[topic.pk])).content.decode()
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; **stars**" in html
    assert not re.search(r"<b>Bold</b>", html)
