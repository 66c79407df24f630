"""Writes to the best practice library. A statement starts as a draft that only champions see; publishing
it is a separate step. Both are keyword-only so that other features (such as incident lessons) can call them.
"""

import uuid

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from community.bestpractice.models import MAX_TITLE, Statement
from community.bestpractice.themes import Stance, Theme
from community.forum.models import Post, Topic
from community.models import Member
from community.permissions import permissions
from community.refusals import Refused
from community.submit_once import AlreadySubmitted, create_once

MAX_EXPLANATION = 5000


def _already_promoted(statement: Statement) -> str:
    state = "a draft" if statement.is_draft else "published"
    return f"This post is already in the best practice library ({state}): “{statement.title}”."


def _clean(*, title: str, stance: str, theme: str, explanation: str) -> tuple[str, str]:
    """The same rules as the form, for callers that do not use it: a refusal says what is wrong."""
    title, explanation = (title or "").strip(), (explanation or "").strip()
    if not title:
        raise Refused("Enter a title for the statement.")
    if len(title) > MAX_TITLE:
        raise Refused(f"The title must be {MAX_TITLE} characters or fewer.")
    if stance not in Stance.values:
        raise Refused("Choose whether this is something to do or not to do.")
    if theme not in Theme.values:
        raise Refused("Choose a theme.")
    if not explanation:
        raise Refused("Enter the explanation.")
    if len(explanation) > MAX_EXPLANATION:
        raise Refused(f"The explanation must be {MAX_EXPLANATION:,} characters or fewer.")
    return title, explanation


@transaction.atomic
def create_draft_statement(
    *,
    title: str,
    stance: str,
    theme: str,
    explanation: str,
    by: Member,
    source_post: Post | None = None,
    source_topic: Topic | None = None,
    submission_key: uuid.UUID | None = None,
) -> Statement:
    """A draft statement, linked to the post and topic it grew from. Only champions see it until published.

    A post becomes at most one statement: promoting it again (or a double submit) raises AlreadySubmitted
    with the first one. Bad input raises Refused and saves nothing.
    """
    permissions.check(by, "bestpractice.promote")
    title, explanation = _clean(title=title, stance=stance, theme=theme, explanation=explanation)
    if source_post is not None:
        # Lock the post so that two promotions of it at once make one statement.
        source_post = Post.objects.select_for_update().select_related("topic__category").get(pk=source_post.pk)
        permissions.check(by, "forum.read_topic", source_post.topic, conceal=True)
        existing = source_post.statements.first()
        if existing is not None:
            raise AlreadySubmitted(_already_promoted(existing), existing)
        source_topic = source_topic or source_post.topic
    if source_topic is not None:
        permissions.check(by, "forum.read_topic", source_topic, conceal=True)
    statement = create_once(
        Statement.objects.filter(created_by=by),
        submission_key=submission_key,
        message=_already_promoted,
        title=title,
        stance=stance,
        theme=theme,
        explanation=explanation,
        status=Statement.Status.DRAFT,
        created_by=by,
    )
    if source_post is not None:
        statement.posts.add(source_post)
    if source_topic is not None:
        statement.topics.add(source_topic)
    return statement


@transaction.atomic
def publish_statement(*, statement: Statement, by: Member) -> Statement:
    """Make a draft visible to every member. Publishing twice is refused with a clear message."""
    locked = Statement.objects.select_for_update().get(pk=statement.pk)
    permissions.check(by, "bestpractice.publish", locked)
    if not locked.is_draft:
        raise Refused("This statement is already published.")
    locked.status = Statement.Status.PUBLISHED
    locked.published_by = by
    locked.published_at = timezone.now()
    locked.save(update_fields=["status", "published_by", "published_at", "updated_at"])
    return locked


def contributors_of(*, statement: Statement) -> set[int]:
    """Who contributed a statement: whoever wrote it, and the authors of the posts it grew from. One query."""
    authors = set(statement.posts.values_list("author_id", flat=True)) if statement.pk else set()
    return authors | ({statement.created_by_id} if statement.created_by_id else set())


def contributors_changed(*, member_ids) -> None:
    """Each member's stored "best practice contributed" (Member.best_practice_count): the published statements
    they wrote or that grew from their posts. Two queries a member; a statement has few contributors."""
    for member_id in {pk for pk in member_ids if pk}:
        count = (
            Statement.objects.published()
            .filter(Q(created_by_id=member_id) | Q(posts__author_id=member_id))
            .values("id")
            .distinct()
            .count()
        )
        Member.objects.filter(pk=member_id).update(best_practice_count=count)
