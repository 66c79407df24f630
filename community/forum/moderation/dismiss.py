from django.db import transaction

from community.forum.models import ModerationAction, Post
from community.forum.moderation.log import record, require_moderator
from community.forum.services.flags import resolve_open_flags


@transaction.atomic
def dismiss_flags(*, moderator, post: Post) -> int:
    """The post is fine: close its open flags and say so in the log."""
    require_moderator(moderator)
    closed = resolve_open_flags(moderator=moderator, post=post)
    if closed:
        record(moderator=moderator, verb=ModerationAction.Verb.DISMISS_FLAGS, topic=post.topic, post=post)
    return closed
