"""Demo forum: the five categories and a few threads. Idempotent: keyed by slug and title."""

from django.db import transaction
from django.utils import timezone

from community.forum.demo_content import CATEGORIES, THREADS
from community.forum.markdown import plain_text
from community.forum.models import Category, Post, Topic, TopicWatch
from community.forum.services import counts
from community.forum.services.mentions import render_post
from community.models import Member


def load_categories(*, log) -> None:
    """Forum categories."""
    for fields in CATEGORIES:
        _, created = Category.objects.get_or_create(slug=fields["slug"], defaults=fields)
        log(f"category {fields['name']} {'created' if created else 'already there'}")


def load_threads(*, log) -> None:
    """Forum threads."""
    members = {member.email.split("@")[0]: member for member in Member.objects.filter(email__endswith="@example.org")}
    for slug, title, tags, posts in THREADS:
        category = Category.objects.get(slug=slug)
        if Topic.objects.filter(category=category, title=title).exists():
            log(f"topic {title!r} already there")
            continue
        _create_thread(category=category, title=title, tags=tags, posts=posts, members=members)
        log(f"topic {title!r} created")


@transaction.atomic
def _create_thread(*, category, title, tags, posts, members) -> None:
    """Bypasses new-member rate limits (these are demo accounts) but keeps the counts as services do."""
    now = timezone.now()
    opener, opening_body = posts[0]
    topic = Topic.objects.create(
        category=category,
        title=title,
        author=members[opener],
        created_at=now,
        last_activity_at=now,
        opening_text=plain_text(opening_body),
    )
    topic.tags.set(tags)
    for index, (username, body) in enumerate(posts):
        post = Post.objects.create(
            topic=topic,
            author=members[username],
            is_opening=index == 0,
            body=body,
            body_html=render_post(body),
            created_at=timezone.now(),
        )
        post.topic = topic
        counts.post_published(post=post)
        TopicWatch.objects.get_or_create(member=members[username], topic=topic)
