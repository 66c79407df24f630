"""Starting topics, replying and editing. Every write is one transaction."""

import uuid

from django.db import transaction
from django.utils import timezone

from community.forum import signals
from community.forum.markdown import clean_text, plain_text
from community.forum.models import Category, Post, PostRevision, Topic, TopicWatch
from community.forum.services import counts, rate_limits
from community.forum.services.mentions import render_post
from community.permissions import permissions
from community.refusals import Refused
from community.submit_once import create_once, refuse_if_submitted

MAX_BODY = 20_000
MAX_TITLE = 150
MAX_TAGS = 5


def clean_title(title: str) -> str:
    title = " ".join(clean_text(title).split())
    if not title:
        raise Refused("Enter a title for the topic.")
    if len(title) > MAX_TITLE:
        raise Refused(f"The title must be {MAX_TITLE} characters or fewer.")
    return title


def clean_body(body: str) -> str:
    body = clean_text(body).strip()
    if not body:
        raise Refused("Enter the text of your post.")
    if len(body) > MAX_BODY:
        raise Refused(f"A post must be {MAX_BODY:,} characters or fewer; yours has {len(body):,}.")
    return body


def clean_tags(tags: list[str]) -> list[str]:
    cleaned = []
    for tag in tags:
        tag = " ".join(clean_text(tag).split()).lower()[:50]
        if tag and tag not in cleaned:
            cleaned.append(tag)
    if len(cleaned) > MAX_TAGS:
        raise Refused(f"Use up to {MAX_TAGS} tags.")
    return cleaned


def _needs_approval(*, member, category: Category) -> bool:
    """A new member's first posts wait where the category asks, unless they are trusted to post without
    approval (moderators, and licence holders: they already post for the organisation in public)."""
    if not category.requires_approval or permissions.can(member, "forum.post_without_approval"):
        return False
    return rate_limits.is_new_member(member)


def held_message(*, opening: bool, category: Category) -> str:
    """What the author is told when their post is held, in plain words."""
    what = "topic" if opening else "reply"
    return (
        f"Your {what} is held for a moderator to check, because a new member's first posts in "
        f"“{category.name}” wait for approval. Until then only you and the moderators can see it. "
        "We will tell you in your notifications and by email when it is approved or rejected."
    )


def _already_posted_message(post: Post) -> str:
    return f"You already posted this {'topic' if post.is_opening else 'reply'}. Here it is."


def _own_posts(author):
    return Post.objects.filter(author=author).select_related("topic")


def _publish(post: Post) -> None:
    counts.post_published(post=post)
    signals.post_published.send(sender=Post, post=post)


def _write_post(
    *,
    author,
    topic: Topic,
    body: str,
    pending: bool,
    submission_key: uuid.UUID | None,
    created_at,
    is_opening: bool = False,
) -> Post:
    """Create the post once per form, watch its topic for the author, count it against the new-member
    limits, then hold it for a moderator or publish it."""
    post = create_once(
        _own_posts(author),
        submission_key=submission_key,
        message=_already_posted_message,
        topic=topic,
        author=author,
        is_opening=is_opening,
        body=body,
        body_html=render_post(body),
        status=Post.Status.PENDING if pending else Post.Status.PUBLISHED,
        created_at=created_at,
    )
    TopicWatch.objects.get_or_create(member=author, topic=topic)
    rate_limits.record_post(member=author)
    if pending:
        counts.waiting_changed()
    else:
        _publish(post)
    return post


@transaction.atomic
def start_topic(
    *,
    author,
    category: Category,
    title: str,
    body: str,
    tags: list[str] | None = None,
    submission_key: uuid.UUID | None = None,
) -> Topic:
    permissions.check(author, "forum.start_topic", category, conceal=True)
    refuse_if_submitted(_own_posts(author), submission_key=submission_key, message=_already_posted_message)
    title, body, tags = clean_title(title), clean_body(body), clean_tags(tags or [])
    rate_limits.check_new_member_limits(member=author, body=body)
    pending = _needs_approval(member=author, category=category)
    now = timezone.now()
    topic = Topic(
        category=category, title=title, author=author, created_at=now, last_activity_at=now, awaiting_approval=pending
    )
    topic.keep_opening_text(plain_text(body))
    topic.save()
    if tags:
        topic.tags.set(tags)
    _write_post(
        author=author,
        topic=topic,
        body=body,
        pending=pending,
        submission_key=submission_key,
        created_at=now,
        is_opening=True,
    )
    topic.refresh_from_db()
    return topic


@transaction.atomic
def reply(*, author, topic: Topic, body: str, submission_key: uuid.UUID | None = None) -> Post:
    topic = Topic.objects.select_for_update().select_related("category").get(pk=topic.pk)
    if topic.is_locked and not permissions.can(author, "forum.moderate"):
        permissions.check(author, "forum.read_topic", topic, conceal=True)
        raise Refused("This topic is locked: no new replies can be added.")
    permissions.check(author, "forum.reply", topic, conceal=True)
    refuse_if_submitted(_own_posts(author), submission_key=submission_key, message=_already_posted_message)
    body = clean_body(body)
    rate_limits.check_new_member_limits(member=author, body=body)
    pending = _needs_approval(member=author, category=topic.category)
    return _write_post(
        author=author,
        topic=topic,
        body=body,
        pending=pending,
        submission_key=submission_key,
        created_at=timezone.now(),
    )


@transaction.atomic
def edit_post(*, editor, post: Post, body: str, version: int, title: str | None = None) -> Post:
    post = Post.objects.select_for_update().select_related("topic__category").get(pk=post.pk)
    permissions.check(editor, "forum.edit_post", post, conceal=True)
    if post.version != version:
        raise Refused(
            "Someone changed this post while you were editing it. Your text is kept below; "
            "compare it with the current version, then save again."
        )
    body = clean_body(body)
    new_title = clean_title(title) if post.is_opening and title is not None else None
    PostRevision.objects.create(
        post=post, body=post.body, title=post.topic.title if post.is_opening else "", edited_by=editor
    )
    post.body, post.body_html = body, render_post(body)
    post.version += 1
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "body_html", "version", "edited_at"])
    if post.is_opening:
        topic = post.topic
        topic.keep_opening_text(plain_text(body))
        if new_title:
            topic.title = new_title
        topic.save(update_fields=["opening_text", "excerpt", "title"])
    if post.is_visible:
        signals.post_edited.send(sender=Post, post=post)
    return post
