"""The moderation queue lists only posts with open flags, most recently flagged first (issue 20)."""

import datetime
from importlib import import_module

import pytest
from django.apps import apps
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from community.factories import MemberFactory
from community.forum.factories import TopicFactory, enthusiasts
from community.forum.models import Flag, Post, Topic
from community.forum.selectors import Cursor, flagged_posts
from community.forum.services.flags import flag_post
from community.forum.services.moderation.posts import dismiss_flags, hide_post

pytestmark = pytest.mark.django_db


def seed_posts(topic, count: int, *, text: str) -> list[Post]:
    start = timezone.now() - datetime.timedelta(days=1)
    Post.objects.bulk_create(
        Post(
            topic=topic,
            author=topic.author,
            body=f"{text} {n}",
            body_html=f"<p>{text} {n}</p>",
            created_at=start + datetime.timedelta(seconds=n),
        )
        for n in range(count)
    )
    Topic.objects.filter(pk=topic.pk).update(reply_count=F("reply_count") + count)
    return list(Post.objects.filter(body__startswith=text).order_by("id"))


def test_the_queue_lists_only_flagged_posts_newest_flag_first_with_each_flag(client, champion):
    topic = TopicFactory(category=enthusiasts())
    older_flagged, newer_flagged = seed_posts(topic, 2, text="Flagged reply")
    seed_posts(topic, 55, text="Ordinary reply")
    flagger = MemberFactory(first_name="Fion", last_name="Flagg")
    flag_post(member=flagger, post=newer_flagged, reason="spam", note="")
    flag_post(member=flagger, post=older_flagged, reason="personal_data", note="Shows a resident's phone number")

    client.force_login(champion)
    html = client.get(reverse("forum:moderation")).content.decode()

    assert "Ordinary reply" not in html
    assert "0 flags" not in html and "0 open flags" not in html
    # The post flagged last comes first, whatever its age.
    assert html.index("Flagged reply 0") < html.index("Flagged reply 1")
    assert "Shares personal data" in html and "Shows a resident&#x27;s phone number" in html
    assert "Spam or advertising" in html and "Fion Flagg" in html


def test_dismissing_and_hiding_take_a_post_off_the_queue(champion):
    topic = TopicFactory(category=enthusiasts())
    kept, hidden = seed_posts(topic, 2, text="Reply")
    for post in (kept, hidden):
        flag_post(member=MemberFactory(), post=post, reason="off_topic")
        flag_post(member=MemberFactory(), post=post, reason="spam")
    assert Post.objects.get(pk=kept.pk).open_flag_count == 2
    dismiss_flags(moderator=champion, post=kept)

    hide_post(moderator=champion, post=hidden)
    assert Post.objects.filter(open_flag_count__gt=0).count() == 0
    assert flagged_posts().posts == []


def test_the_queue_pages_by_keyset_without_gaps_or_repeats():
    topic = TopicFactory(category=enthusiasts())
    posts = seed_posts(topic, 7, text="Reply")
    for post in posts:
        flag_post(member=MemberFactory(), post=post, reason="spam")
    seen, cursor = [], None
    while True:
        page = flagged_posts(cursor=cursor, per_page=3)
        seen += [post.pk for post in page.posts]
        if page.next_cursor is None:
            break
        cursor = Cursor.decode(page.next_cursor)
    assert seen == [post.pk for post in reversed(posts)]


def test_the_queue_costs_the_same_queries_with_more_flags(client, champion, django_assert_max_num_queries):
    topic = TopicFactory(category=enthusiasts())
    posts = seed_posts(topic, 20, text="Reply")
    client.force_login(champion)

    def queries_with(flagged: list[Post]) -> int:
        for post in flagged:
            flag_post(member=MemberFactory(), post=post, reason="spam", note="A note")
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("forum:moderation")).status_code == 200
        return len(queries)

    client.get(reverse("forum:moderation"))  # first visit creates per-site and per-user settings rows
    few = queries_with(posts[:2])
    many = queries_with(posts[2:])
    assert many == few
    with django_assert_max_num_queries(16):
        client.get(reverse("forum:moderation"))


def test_the_migration_counts_flags_raised_before_it():
    migration = import_module("community.forum.migrations.0003_post_open_flag_count")
    topic = TopicFactory(category=enthusiasts())
    flagged, resolved, plain = seed_posts(topic, 3, text="Reply")
    Flag.objects.create(post=flagged, flagged_by=MemberFactory(), reason="spam")
    latest = Flag.objects.create(post=flagged, flagged_by=MemberFactory(), reason="other")
    Flag.objects.create(post=resolved, flagged_by=MemberFactory(), reason="spam", resolved_at=timezone.now())
    migration.count_open_flags(apps, None)
    counts = dict(Post.objects.filter(pk__in=[flagged.pk, resolved.pk, plain.pk]).values_list("pk", "open_flag_count"))
    assert counts == {flagged.pk: 2, resolved.pk: 0, plain.pk: 0}
    assert Post.objects.get(pk=flagged.pk).last_flagged_at == latest.created_at
