from django.db import transaction

from community.forum.models import Category, ModerationAction, Topic
from community.forum.moderation.log import record, require_moderator
from community.forum.services import counts


@transaction.atomic
def move_topic(*, moderator, topic: Topic, to: Category) -> None:
    require_moderator(moderator)
    topic = Topic.objects.select_for_update().select_related("category").get(pk=topic.pk)
    if topic.category_id == to.pk:
        return
    source = topic.category
    if not (topic.is_hidden or topic.awaiting_approval):
        counts.topic_listed(topic=topic, category_id=source.pk, delta=-1)
        counts.topic_listed(topic=topic, category_id=to.pk, delta=1)
    Topic.objects.filter(pk=topic.pk).update(category=to)
    record(moderator=moderator, verb=ModerationAction.Verb.MOVE, topic=topic, detail=f"from {source} to {to}")
