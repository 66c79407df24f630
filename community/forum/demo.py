"""Demo forum: the five categories and a few threads, from site/demo/forum/. Idempotent: keyed by slug and title."""

import datetime

from django.db import transaction
from django.utils import timezone

from community.demo_accounts import demo_members
from community.demo_data import DemoLevel, DemoModel, not_found, read
from community.forum.markdown import plain_text
from community.forum.models import Category, Flag, Post, Topic, TopicWatch
from community.forum.services import counts
from community.forum.services.flags import flag_post
from community.forum.services.mentions import render_post
from community.forum.services.read_marks import mark_read
from community.roles import Role

CATEGORIES_FILE = "forum/categories.yaml"
THREADS_FILE = "forum/threads.yaml"


class DemoCategory(DemoModel):
    name: str
    slug: str
    position: int = 0
    description: str = ""
    read_level: DemoLevel | None
    start_level: DemoLevel | None
    reply_level: DemoLevel | None
    read_roles: list[Role] = []
    start_roles: list[Role] = []
    reply_roles: list[Role] = []
    requires_approval: bool = False


class DemoPost(DemoModel):
    by: str
    text: str
    # How long ago it was posted, so that the forum shows a conversation over time ("3 hours ago").
    hours_ago: float = 0
    # Demo accounts who flag this post for a moderator (the champion's queue on the home page).
    flagged_by: list[str] = []
    flag_reason: Flag.Reason = Flag.Reason.OTHER
    flag_note: str = ""


class DemoThread(DemoModel):
    category: str
    title: str
    tags: list[str] = []
    posts: list[DemoPost]


def category_fields() -> list[dict]:
    """The demo categories as model fields (the benchmark seeds them too)."""
    return [category.model_dump(mode="json") for category in read(CATEGORIES_FILE, list[DemoCategory])]


def load_categories(*, log) -> None:
    """Forum categories."""
    for fields in category_fields():
        _, created = Category.objects.get_or_create(slug=fields["slug"], defaults=fields)
        log(f"category {fields['name']} {'created' if created else 'already there'}")


def load_threads(*, log) -> None:
    """Forum threads."""
    for thread in read(THREADS_FILE, list[DemoThread]):
        category = Category.objects.filter(slug=thread.category).first()
        if category is None:
            raise not_found(THREADS_FILE, "category", thread.category)
        if Topic.objects.filter(category=category, title=thread.title).exists():
            log(f"topic {thread.title!r} already there")
            continue
        _create_thread(category=category, thread=thread)
        log(f"topic {thread.title!r} created")


@transaction.atomic
def _create_thread(*, category: Category, thread: DemoThread) -> None:
    """Bypasses new-member rate limits (these are demo accounts) but keeps the counts as services do."""
    now = timezone.now()
    authors = demo_members([post.by for post in thread.posts], source=THREADS_FILE)
    moments = [now - datetime.timedelta(hours=data.hours_ago) for data in thread.posts]
    topic = Topic(
        category=category, title=thread.title, author=authors[0], created_at=moments[0], last_activity_at=moments[0]
    )
    topic.keep_opening_text(plain_text(thread.posts[0].text))
    topic.save()
    topic.tags.set(thread.tags)
    for index, (author, data, moment) in enumerate(zip(authors, thread.posts, moments, strict=True)):
        post = Post.objects.create(
            topic=topic,
            author=author,
            is_opening=index == 0,
            body=data.text,
            body_html=render_post(data.text),
            created_at=moment,
        )
        post.topic = topic
        counts.post_published(post=post)
        TopicWatch.objects.get_or_create(member=author, topic=topic)
        for flagger in demo_members(data.flagged_by, source=THREADS_FILE):
            flag_post(member=flagger, post=post, reason=data.flag_reason, note=data.flag_note)
    # Those who took part have read the thread; everyone else sees it as unread on their home page.
    topic.refresh_from_db()
    for author in set(authors):
        mark_read(member=author, topic=topic)
