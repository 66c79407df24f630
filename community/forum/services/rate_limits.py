"""Rate limits and a link cap for new members, counted by the kernel's one limiter (`community.rate_limits`)."""

from django.conf import settings

from community import rate_limits
from community.forum.markdown import count_links
from community.forum.models import Post
from community.refusals import Refused


def _setting(name: str, default: int) -> int:
    return getattr(settings, name, default)


def is_new_member(member) -> bool:
    """Fewer than FORUM_NEW_MEMBER_POSTS approved posts. A bounded query: it stops counting at N."""
    threshold = _setting("FORUM_NEW_MEMBER_POSTS", 3)
    published = Post.objects.filter(author=member, status=Post.Status.PUBLISHED).values("id")[:threshold]
    return len(published) < threshold


def _limits() -> tuple[tuple[str, int, int], ...]:
    """(scope, posts allowed, window in seconds) for a new member's posts: a minute and a day."""
    return (
        ("forum-new-member-minute", _setting("FORUM_NEW_MEMBER_POSTS_PER_MINUTE", 2), 60),
        ("forum-new-member-day", _setting("FORUM_NEW_MEMBER_POSTS_PER_DAY", 10), 60 * 60 * 24),
    )


def check_new_member_limits(*, member, body: str) -> None:
    """Raise Refused with a clear message; counts nothing (see record_post)."""
    if not is_new_member(member):
        return
    link_cap = _setting("FORUM_NEW_MEMBER_LINK_CAP", 2)
    if count_links(body) > link_cap:
        raise Refused(f"New members can include up to {link_cap} links in a post. Remove some links and post again.")
    (minute, per_minute, minute_seconds), (day, per_day, day_seconds) = _limits()
    who = f"member-{member.pk}"
    if rate_limits.reached(scope=minute, who=who, limit=per_minute, window_seconds=minute_seconds):
        raise Refused(
            f"New members can post {per_minute} times a minute. Wait a minute, then post again: "
            "your text is kept below."
        )
    if rate_limits.reached(scope=day, who=who, limit=per_day, window_seconds=day_seconds):
        raise Refused(
            f"New members can post {per_day} times a day. Your text is kept below: copy it and post tomorrow."
        )


def record_post(*, member) -> None:
    for scope, limit, window_seconds in _limits():
        rate_limits.record(scope=scope, who=f"member-{member.pk}", limit=limit, window_seconds=window_seconds)
