from django.conf import settings
from django.db import models


class GuidelineAcknowledgement(models.Model):
    """A member read and accepted one published version (revision) of a guideline."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="guideline_acknowledgements"
    )
    version = models.ForeignKey("courses.GuidelineVersion", on_delete=models.CASCADE, related_name="acknowledgements")
    acknowledged_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["member", "version"], name="guideline_acknowledged_once_per_version")
        ]

    def __str__(self) -> str:
        return f"{self.member} acknowledged {self.version}"
