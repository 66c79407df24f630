from django.conf import settings
from django.db import models


class TopicWatch(models.Model):
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey("forum.Topic", on_delete=models.CASCADE, related_name="watches")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "topic"], name="forum_one_topic_watch")]

    def __str__(self) -> str:
        return f"Watching topic {self.topic_id}"


class CategoryWatch(models.Model):
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    category = models.ForeignKey("forum.Category", on_delete=models.CASCADE, related_name="watches")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "category"], name="forum_one_category_watch")]

    def __str__(self) -> str:
        return f"Watching category {self.category_id}"
