from django.conf import settings
from django.db import models


class HelpfulReaction(models.Model):
    post = models.ForeignKey("forum.Post", on_delete=models.CASCADE, related_name="helpful_reactions")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "member"], name="forum_helpful_once")]

    def __str__(self) -> str:
        return f"Helpful: post {self.post_id}"
