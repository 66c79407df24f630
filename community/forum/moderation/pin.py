from community.forum.models import ModerationAction, Topic
from community.forum.moderation.log import record, require_moderator


def set_pinned(*, moderator, topic: Topic, pinned: bool) -> None:
    require_moderator(moderator)
    if Topic.objects.filter(pk=topic.pk).exclude(is_pinned=pinned).update(is_pinned=pinned):
        verb = ModerationAction.Verb.PIN if pinned else ModerationAction.Verb.UNPIN
        record(moderator=moderator, verb=verb, topic=topic)
