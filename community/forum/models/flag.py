from django.conf import settings
from django.db import models
from django.db.models import Q


class Flag(models.Model):
    class Reason(models.TextChoices):
        OFFENSIVE = "offensive", "Offensive or abusive"
        SPAM = "spam", "Spam or advertising"
        PERSONAL_DATA = "personal_data", "Shares personal data"
        OFF_TOPIC = "off_topic", "Off topic"
        OTHER = "other", "Something else"

    post = models.ForeignKey("forum.Post", on_delete=models.CASCADE, related_name="flags")
    flagged_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=20, choices=Reason.choices)
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "flagged_by"], condition=Q(resolved_at__isnull=True), name="forum_one_open_flag"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} flag on post {self.post_id}"
