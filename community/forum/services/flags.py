from django.db import IntegrityError, transaction

from community.forum.models import Flag, Post
from community.permissions import permissions


def flag_post(*, member, post: Post, reason: str, note: str = "") -> bool:
    """True if a new flag went to the queue; a second flag by the same member is ignored."""
    permissions.check(member, "forum.flag", post, conceal=True)
    try:
        with transaction.atomic():
            Flag.objects.create(post=post, flagged_by=member, reason=reason, note=note.strip()[:500])
    except IntegrityError:
        return False
    return True
