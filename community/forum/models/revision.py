from django.conf import settings
from django.db import models


class PostRevision(models.Model):
    """What a post said before an edit. Visible to its author and to moderators."""

    post = models.ForeignKey("forum.Post", on_delete=models.CASCADE, related_name="revisions")
    title = models.CharField(max_length=150, blank=True)
    body = models.TextField()
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"Revision of post {self.post_id}"
