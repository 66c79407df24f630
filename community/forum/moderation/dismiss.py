from django.utils import timezone

from community.forum.models import Flag, ModerationAction, Post
from community.forum.moderation.log import record, require_moderator


def dismiss_flags(*, moderator, post: Post) -> int:
    """The post is fine: close its open flags and say so in the log."""
    require_moderator(moderator)
    closed = Flag.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=moderator
    )
    if closed:
        record(moderator=moderator, verb=ModerationAction.Verb.DISMISS_FLAGS, topic=post.topic, post=post)
    return closed
