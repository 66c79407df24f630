"""Rate limits and a link cap for new members, counted in Django's cache."""

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from community.refusals import Refused
from community.forum.markdown import count_links


def _setting(name: str, default: int) -> int:
    return getattr(settings, name, default)


def is_new_member(member) -> bool:
    """Fewer than FORUM_NEW_MEMBER_POSTS approved posts. A bounded query: it stops counting at N."""
    from community.forum.models import Post

    threshold = _setting("FORUM_NEW_MEMBER_POSTS", 3)
    published = Post.objects.filter(author=member, status=Post.Status.PUBLISHED).values("id")[:threshold]
    return len(published) < threshold


def _keys(member_id: int) -> tuple[tuple[str, int, int], tuple[str, int, int]]:
    now = timezone.now()
    minute = f"forum:rate:{member_id}:m:{now:%Y%m%d%H%M}"
    day = f"forum:rate:{member_id}:d:{now:%Y%m%d}"
    return (
        (minute, _setting("FORUM_NEW_MEMBER_POSTS_PER_MINUTE", 2), 60),
        (day, _setting("FORUM_NEW_MEMBER_POSTS_PER_DAY", 10), 60 * 60 * 24),
    )


def check_new_member_limits(*, member, body: str) -> None:
    """Raise Refused with a clear message; counts nothing (see record_post)."""
    if not is_new_member(member):
        return
    link_cap = _setting("FORUM_NEW_MEMBER_LINK_CAP", 2)
    if count_links(body) > link_cap:
        raise Refused(
            f"New members can include up to {link_cap} links in a post. Remove some links and post again."
        )
    (minute_key, per_minute, _), (day_key, per_day, _) = _keys(member.pk)
    if cache.get(minute_key, 0) >= per_minute:
        raise Refused(
            f"New members can post {per_minute} times a minute. Wait a minute, then post again: "
            "your text is kept below."
        )
    if cache.get(day_key, 0) >= per_day:
        raise Refused(
            f"New members can post {per_day} times a day. Your text is kept below: copy it and post tomorrow."
        )


def record_post(*, member) -> None:
    for key, _, timeout in _keys(member.pk):
        if cache.add(key, 1, timeout):
            continue
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, timeout)
