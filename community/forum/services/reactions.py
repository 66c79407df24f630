from django.db import IntegrityError, transaction
from django.db.models import F

from community.forum.models import HelpfulReaction, Post
from community.forum.services import counts
from community.permissions import permissions


def mark_helpful(*, member, post: Post) -> bool:
    """True if this added a reaction; a second click changes nothing."""
    permissions.check(member, "forum.react", post, conceal=True)
    try:
        with transaction.atomic():
            HelpfulReaction.objects.create(post=post, member=member)
            Post.objects.filter(pk=post.pk).update(helpful_count=F("helpful_count") + 1)
            counts.members_changed(member_ids=[post.author_id])
    except IntegrityError:
        return False
    return True


@transaction.atomic
def unmark_helpful(*, member, post: Post) -> bool:
    permissions.check(member, "forum.react", post, conceal=True)
    deleted, _ = HelpfulReaction.objects.filter(post=post, member=member).delete()
    if deleted:
        Post.objects.filter(pk=post.pk).update(helpful_count=F("helpful_count") - 1)
        counts.members_changed(member_ids=[post.author_id])
    return bool(deleted)
