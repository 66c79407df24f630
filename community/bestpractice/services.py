from django.db import transaction

from community.bestpractice.models import Statement
from community.bestpractice.themes import Stance, Theme
from community.permissions import permissions


@transaction.atomic
def promote_post(*, champion, post, theme: str = Theme.STYLE, stance: str = Stance.DO) -> tuple[Statement, bool]:
    """One step from a forum post to a draft statement, linked both ways. Twice gives the same statement."""
    permissions.check(champion, "bestpractice.promote")
    permissions.check(champion, "forum.read_topic", post.topic, conceal=True)
    existing = post.statements.first()
    if existing is not None:
        return existing, False
    statement = Statement.objects.create(
        title=post.topic.title[:160],
        stance=stance,
        theme=theme,
        explanation=post.body,
        created_by=champion,
    )
    statement.posts.add(post)
    statement.topics.add(post.topic)
    return statement, True
