from community.forum.models import ModerationAction, Topic
from community.forum.moderation.log import record, require_moderator


def set_locked(*, moderator, topic: Topic, locked: bool) -> None:
    require_moderator(moderator)
    if Topic.objects.filter(pk=topic.pk).exclude(is_locked=locked).update(is_locked=locked):
        verb = ModerationAction.Verb.LOCK if locked else ModerationAction.Verb.UNLOCK
        record(moderator=moderator, verb=verb, topic=topic)
