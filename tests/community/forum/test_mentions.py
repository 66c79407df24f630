"""@mentions: linked in the post, sanitised, and a notification once, only for members who may read."""

import pytest

from community.forum.factories import TopicFactory
from community.forum.markdown import render_markdown
from community.forum.services.posting import edit_post, reply
from community.notifications.models import Notification


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    settings.FORUM_NEW_MEMBER_POSTS_PER_MINUTE = 100


def handle(member) -> str:
    return member.email.split("@")[0]


def test_a_mention_of_a_member_becomes_a_link_to_them(categories, champion, basic_member):
    topic = TopicFactory(category=categories["enthusiasts"])
    post = reply(author=champion, topic=topic, body=f"Thanks, @{handle(basic_member)}. And @nobody-here.")
    assert f'<a href="mailto:{basic_member.email}"' in post.body_html
    assert f">@{handle(basic_member)}</a>." in post.body_html
    assert "@nobody-here." in post.body_html and "mailto:nobody" not in post.body_html


def test_mentions_in_code_and_links_are_left_as_text(categories, champion, basic_member):
    name = handle(basic_member)
    topic = TopicFactory(category=categories["enthusiasts"])
    post = reply(author=champion, topic=topic, body=f"`@{name}` and [ask @{name}](https://example.org/)")
    assert "mailto:" not in post.body_html


def test_mention_markup_is_sanitised():
    html = render_markdown(
        "Hi @evil",
        mentions={"evil": ('javascript:alert(1)" onmouseover="x', "<script>alert(1)</script>")},
    )
    assert "javascript:" not in html and "onmouseover" not in html and "<script" not in html


def test_a_mention_notifies_once_and_an_edit_adding_one_notifies_only_the_new_member(
    categories, champion, basic_member, corporate_member
):
    topic = TopicFactory(category=categories["enthusiasts"])
    post = reply(author=champion, topic=topic, body=f"Over to you, @{handle(basic_member)}.")
    mentions = Notification.objects.filter(kind=Notification.Kind.MENTION, post=post)
    assert list(mentions.values_list("recipient", flat=True)) == [basic_member.pk]

    body = f"Over to you, @{handle(basic_member)} and @{handle(corporate_member)}."
    post = edit_post(editor=champion, post=post, body=body, version=post.version)
    post = edit_post(editor=champion, post=post, body=body + " Edited again.", version=post.version)
    assert sorted(mentions.values_list("recipient", flat=True)) == sorted([basic_member.pk, corporate_member.pk])
    assert f"mailto:{corporate_member.email}" in post.body_html


def test_an_edit_tells_no_one_who_cannot_read_the_category(categories, champion, basic_member):
    topic = TopicFactory(category=categories["champions"])
    post = reply(author=champion, topic=topic, body="First words.")
    edit_post(editor=champion, post=post, body=f"Now with @{handle(basic_member)}.", version=post.version)
    assert not Notification.objects.filter(recipient=basic_member).exists()


def test_an_edit_does_not_tell_watchers_again(categories, champion, basic_member):
    topic = TopicFactory(category=categories["enthusiasts"])
    reply(author=basic_member, topic=topic, body="I watch this topic now.")
    post = reply(author=champion, topic=topic, body="A reply.")
    before = Notification.objects.filter(recipient=basic_member).count()
    edit_post(editor=champion, post=post, body="A reply, edited.", version=post.version)
    assert Notification.objects.filter(recipient=basic_member).count() == before == 1
