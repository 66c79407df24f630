"""Issue 13, the forum as a conversation: topic lists as a list, posts with avatar, badges, relative time and a
permalink, and quoting a post into a reply without JavaScript (safe against hostile text)."""

import datetime
import html
import importlib
import re

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateformat import format as date_format
from django.utils.timesince import timesince

from community import dates
from community.factories import MemberFactory
from community.forum.factories import TopicFactory, enthusiasts
from community.forum.models import Post, Topic
from community.forum.models.topic import EXCERPT_LENGTH, excerpt_of
from community.forum.services.posting import edit_post, reply, start_topic

pytestmark = pytest.mark.django_db

LONG = "Service alerts work best when they say what changed, who it affects and when it ends. " * 5


def test_the_excerpt_is_stored_when_a_topic_starts_and_kept_when_its_opening_post_is_edited(champion):
    topic = start_topic(author=champion, category=enthusiasts(), title="Alerts", body=f"**Bold** start. {LONG}")
    assert topic.excerpt.startswith("Bold start. Service alerts")
    assert topic.excerpt.endswith("…") and len(topic.excerpt) <= EXCERPT_LENGTH + 1
    opening = topic.posts.get(is_opening=True)
    edit_post(editor=champion, post=opening, body="A short *new* opening.", version=opening.version)
    topic.refresh_from_db()
    assert topic.excerpt == "A short new opening."


def test_an_excerpt_is_cut_at_a_word():
    assert excerpt_of("one two three", limit=20) == "one two three"
    assert excerpt_of("one two three four", limit=10) == "one two…"
    assert excerpt_of("x" * 30, limit=10) == "x" * 10 + "…"


def test_the_migration_backfills_excerpts_from_the_stored_opening_text():
    topic = TopicFactory(category=enthusiasts(), opening_text=LONG)
    Topic.objects.filter(pk=topic.pk).update(excerpt="")
    migration = importlib.import_module("community.forum.migrations.0005_topic_excerpt")
    migration.backfill_excerpts(apps, None)
    assert Topic.objects.get(pk=topic.pk).excerpt == excerpt_of(LONG)


def test_a_topic_list_is_a_list_with_excerpt_tags_avatar_badges_replies_and_unread(client, basic_member, champion):
    category = enthusiasts()
    topic = start_topic(
        author=champion, category=category, title="Hashtags at events", body=LONG, tags=["events", "hashtags"]
    )
    reply(author=basic_member, topic=topic, body="Agreed.")
    client.force_login(MemberFactory())
    for url in (reverse("forum:index"), reverse("forum:category", args=[category.slug])):
        page = client.get(url).content.decode()
        assert "<table" not in page
        item = page[page.index('<li class="pw-topic">') : page.index("</li>", page.index("#hashtags"))]
        assert "Hashtags at events" in item and excerpt_of(LONG) in item
        assert "#events" in item and "#hashtags" in item
        assert 'class="pw-avatar ' in item and champion.initials in item
        assert ">Champion</strong>" in item
        assert "1 reply" in item and "Unread" in item
        assert re.search(r'<time datetime="[^"]+" title="[^"]+">just now<span class="govuk-visually-hidden">', item)


def test_a_post_shows_avatar_badges_relative_time_with_the_exact_time_a_permalink_and_markers(
    client, basic_member, champion
):
    topic = start_topic(author=champion, category=enthusiasts(), title="Timing", body="When do you post?")
    Post.objects.filter(topic=topic).update(created_at=timezone.now() - datetime.timedelta(hours=3, minutes=5))
    answer = reply(author=basic_member, topic=topic, body="Mornings.")
    Topic.objects.filter(pk=topic.pk).update(accepted_post=answer)
    Post.objects.filter(pk=answer.pk).update(helpful_count=2)
    opening = topic.posts.get(is_opening=True)
    client.force_login(basic_member)
    page = client.get(topic.get_absolute_url()).content.decode()
    head = page[page.index(f'id="post-{opening.pk}"') : page.index(f'id="post-{answer.pk}"')]
    exact = dates.exact_datetime(Post.objects.get(pk=opening.pk).created_at)
    assert ">Champion</strong>" in head and 'class="pw-avatar ' in head
    assert f'href="{reverse("members:profile", args=[champion.pk])}"' in head
    assert f'title="{exact}">3 hours ago<span class="govuk-visually-hidden"> ({exact})</span></time>' in head
    assert f'href="{topic.get_absolute_url()}#post-{opening.pk}"' in head
    assert "link to this post" in head
    rest = page[page.index(f'id="post-{answer.pk}"') :]
    assert "Accepted answer" in rest and "2 members found this helpful." in rest


def test_time_ago_says_the_largest_unit_and_just_now_for_the_last_minute():
    now = timezone.now()
    assert dates.time_ago(now - datetime.timedelta(hours=3, minutes=59), now=now) == "3 hours ago"
    assert dates.time_ago(now - datetime.timedelta(days=1, hours=2), now=now) == "1 day ago"
    assert dates.time_ago(now - datetime.timedelta(seconds=20), now=now) == "just now"
    assert dates.time_ago(now + datetime.timedelta(seconds=5), now=now) == "just now"


def test_time_ago_words_each_count_in_the_active_language():
    """The wording of "5 hours" is looked up once per unit, number and language (community.dates), so one
    language's wording never shows in another's."""
    now = timezone.now()
    five_hours = now - datetime.timedelta(hours=5)
    assert dates.time_ago(five_hours, now=now) == "5 hours ago"
    with translation.override("fr"):
        assert dates.time_ago(five_hours, now=now) == f"{timesince(five_hours, now=now, depth=1)} ago".replace(
            "\xa0", " "
        )
        assert "hours" not in dates.time_ago(five_hours, now=now)
    assert dates.time_ago(five_hours, now=now) == "5 hours ago"


HOSTILE = '<script>alert("x")</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>\n\nSecond line'


def _reply_box(page: str) -> str:
    return page[page.index('name="body"') : page.index("</textarea>", page.index('name="body"'))]


def test_quote_without_javascript_opens_the_reply_with_the_post_as_a_blockquote_safely(client, basic_member):
    hostile_author = MemberFactory(first_name="<b>Mallory", last_name="*[x](javascript:y)")
    topic = TopicFactory(category=enthusiasts(), author=hostile_author, opening=HOSTILE)
    post = topic.posts.get()
    client.force_login(basic_member)
    page = client.get(topic.get_absolute_url()).content.decode()
    quote_url = f"{topic.get_absolute_url()}?quote={post.pk}#reply"
    assert f'href="{html.escape(quote_url)}"' in page
    page = client.get(topic.get_absolute_url(), {"quote": post.pk}).content.decode()
    box = html.unescape(_reply_box(page))
    assert "wrote:\n\n> <script>" in box and "\n>\n> Second line" in box
    assert "<script>alert" not in page and "<b>Mallory" not in page
    # Posting the quote renders a blockquote whose hostile text is inert.
    body = box[box.index(">") + 1 :].lstrip("\n")
    posted = reply(author=basic_member, topic=topic, body=body)
    assert "<blockquote>" in posted.body_html
    assert "<script" not in posted.body_html and "<img" not in posted.body_html and "<b>" not in posted.body_html
    assert 'href="javascript' not in posted.body_html
    assert "&lt;script&gt;" in posted.body_html


def test_quote_ignores_a_hidden_post_a_post_of_another_topic_and_junk(client, champion, basic_member):
    category = enthusiasts()
    topic = TopicFactory(category=category, opening="Visible words")
    hidden = reply(author=basic_member, topic=topic, body="Hidden words")
    Post.objects.filter(pk=hidden.pk).update(is_hidden=True)
    other = TopicFactory(category=category, opening="Other words").posts.get()
    client.force_login(champion)  # a moderator sees the hidden post, but it is not quoted into a public reply
    for wanted in (hidden.pk, other.pk, "junk", "", "-1"):
        page = client.get(topic.get_absolute_url(), {"quote": wanted}).content.decode()
        assert "wrote:" not in _reply_box(page)


def test_exact_time_reads_as_djangos_date_format_in_local_time():
    moment = datetime.datetime(2026, 3, 7, 9, 5, 59, tzinfo=datetime.UTC)
    local = timezone.localtime(moment)
    assert dates.exact_datetime(moment) == date_format(local, "j F Y \\a\\t H:i")
    assert dates.exact_datetime(datetime.datetime(2026, 12, 1, 14, 5)) == "1 December 2026 at 14:05"
    assert dates.exact_datetime(None) == ""


def test_a_hostile_name_is_inert_in_every_part_of_a_post_a_moderator_sees(client, champion):
    """The posts are built in Python (community.forum.post_markup): the author's name in the heading, the data
    attribute of Quote and the words for screen readers on each button and link is escaped everywhere."""
    hostile = MemberFactory(first_name='<b>Mal"lory', last_name="O'Neil & co")
    topic = TopicFactory(category=enthusiasts(), author=hostile)
    Post.objects.create(
        topic=topic,
        author=hostile,
        body="x",
        body_html="<p>x</p>",
        status=Post.Status.PENDING,
        created_at=timezone.now(),
    )
    Post.objects.create(
        topic=topic, author=hostile, body="y", body_html="<p>y</p>", is_hidden=True, created_at=timezone.now()
    )
    client.force_login(champion)
    page = client.get(topic.get_absolute_url()).content.decode()
    articles = page[page.index("<article") : page.rindex("</article>")]
    assert "<b>" not in articles and 'Mal"lory' not in articles and "O'Neil" not in articles
    escaped = "&lt;b&gt;Mal&quot;lory O&#x27;Neil &amp; co"
    assert f'data-quote-author="{escaped}"' in articles
    assert f'Hide<span class="govuk-visually-hidden"> {escaped}’s post</span>' in articles
    assert f'Restore<span class="govuk-visually-hidden"> {escaped}’s post</span>' in articles
    assert articles.count('class="postwise-reject-form"') == 1 and 'name="reason"' in articles
