from community.forum.models import Category, CategoryWatch, Topic, TopicWatch
from community.permissions import permissions


def set_watch(*, member, target: Topic | Category, watch: bool) -> None:
    """Start or stop watching a topic or a category. Twice is the same as once."""
    permissions.check(member, "forum.watch", target, conceal=True)
    model, field = (TopicWatch, "topic") if isinstance(target, Topic) else (CategoryWatch, "category")
    if watch:
        model.objects.get_or_create(member=member, **{field: target})
    else:
        model.objects.filter(member=member, **{field: target}).delete()
