from django.conf import settings
from django.db import models


class OfficialAccount(models.Model):
    """An entry in the register of official social media accounts."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        APPROVED = "approved", "Approved"
        SUSPENDED = "suspended", "Suspended"
        CLOSED = "closed", "Closed"

    platform = models.CharField(max_length=40)
    handle = models.CharField(max_length=120)
    purpose = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED, db_index=True)
    review_date = models.DateField(null=True, blank=True)
    feed_url = models.URLField("RSS/Atom feed address", blank=True)
    managers = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="managed_accounts", blank=True)

    class Meta:
        ordering = ["platform", "handle"]
        constraints = [models.UniqueConstraint(fields=["platform", "handle"], name="official_account_unique_handle")]

    def __str__(self) -> str:
        return f"{self.handle} on {self.platform}"
