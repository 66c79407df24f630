from django.conf import settings
from django.db import models


class ReadMark(models.Model):
    """One high-water mark per member and topic: the newest post id they have seen."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey("forum.Topic", on_delete=models.CASCADE, related_name="+")
    last_read_post_id = models.BigIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "topic"], name="forum_one_read_mark")]

    def __str__(self) -> str:
        return f"Read up to {self.last_read_post_id} in {self.topic_id}"
