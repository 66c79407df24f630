from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from community.forum.models import Flag, Post
from community.permissions import permissions


def flag_post(*, member, post: Post, reason: str, note: str = "") -> bool:
    """True if a new flag went to the queue; a second flag by the same member is ignored."""
    permissions.check(member, "forum.flag", post, conceal=True)
    try:
        with transaction.atomic():
            flag = Flag.objects.create(post=post, flagged_by=member, reason=reason, note=note.strip()[:500])
            Post.objects.filter(pk=post.pk).update(
                open_flag_count=F("open_flag_count") + 1, last_flagged_at=flag.created_at
            )
    except IntegrityError:
        return False
    return True


def resolve_open_flags(*, moderator, post: Post) -> int:
    """Close every open flag on the post and clear its stored count; the caller holds the transaction."""
    closed = Flag.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=moderator
    )
    Post.objects.filter(pk=post.pk).update(open_flag_count=0)
    return closed
