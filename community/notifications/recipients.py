"""Who hears about a post. Nobody hears about a topic they may not read."""

from django.contrib.auth import get_user_model

from community.forum.models import CategoryWatch, Post, TopicWatch
from community.forum.services.mentions import mentioned_members
from community.notifications.models import Notification
from community.permissions import permissions


def recipients_for(*, post: Post, mentions_only: bool = False) -> dict[int, str]:
    """member id -> kind; a mention beats a watch. After an edit, only the mentioned (mentions_only)."""
    kinds: dict[int, str] = {}
    if mentions_only:
        watchers, kind = [], None
    elif post.is_opening:
        watchers = CategoryWatch.objects.filter(category_id=post.topic.category_id)
        kind = Notification.Kind.NEW_TOPIC
    else:
        watchers, kind = TopicWatch.objects.filter(topic_id=post.topic_id), Notification.Kind.REPLY
    for member_id in watchers.values_list("member_id", flat=True) if kind else []:
        kinds[member_id] = kind
    for member_id in mentioned_members(post.body).values_list("pk", flat=True):
        kinds[member_id] = Notification.Kind.MENTION
    kinds.pop(post.author_id, None)
    return kinds


def may_read(member, topic) -> bool:
    return permissions.can(member, "forum.read_topic", topic)


def members_by_id(ids) -> dict:
    return {member.pk: member for member in get_user_model().objects.filter(pk__in=ids, is_active=True)}
