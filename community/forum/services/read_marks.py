from django.db.models import F
from django.db.models.functions import Greatest

from community.forum.models import ReadMark, Topic


def mark_read(*, member, topic: Topic) -> None:
    """Raise the high-water mark to the topic's newest post. Never lowers it. Two queries at most."""
    if not getattr(member, "is_authenticated", False) or not topic.last_post_id:
        return
    updated = ReadMark.objects.filter(member=member, topic=topic, last_read_post_id__lt=topic.last_post_id).update(
        last_read_post_id=Greatest(F("last_read_post_id"), topic.last_post_id)
    )
    if not updated:
        ReadMark.objects.get_or_create(member=member, topic=topic, defaults={"last_read_post_id": topic.last_post_id})
