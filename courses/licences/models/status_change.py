from django.conf import settings
from django.db import models


class LicenceStatusChange(models.Model):
    """The audit trail: every change to a licence's status or dates, with who, when and why."""

    class Event(models.TextChoices):
        ISSUED = "issued", "Issued"
        REQUESTED = "requested", "Requested approval"
        APPROVED = "approved", "Approved"
        RENEWED = "renewed", "Renewed"
        SUSPENDED = "suspended", "Suspended"
        REVOKED = "revoked", "Revoked"
        REINSTATED = "reinstated", "Reinstated"
        EXPIRED = "expired", "Expired"

    licence = models.ForeignKey("licences.Licence", on_delete=models.CASCADE, related_name="status_changes")
    event = models.CharField(max_length=20, choices=Event.choices)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20)
    # Null when the system acted, for example on a quiz pass.
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True, db_index=True)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_event_display()}: {self.from_status or '—'} → {self.to_status}"
