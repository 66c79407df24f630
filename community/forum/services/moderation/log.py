"""The moderation log, and the permission every moderation verb checks."""

from community.forum.models import ModerationAction, Post, Topic
from community.permissions import permissions


def require_moderator(moderator) -> None:
    permissions.check(moderator, "forum.moderate")


def record(*, moderator, verb: str, topic: Topic | None = None, post: Post | None = None, detail: str = "") -> None:
    ModerationAction.objects.create(moderator=moderator, verb=verb, topic=topic, post=post, detail=detail[:300])
