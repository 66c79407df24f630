from django.db import models


class LicenceReminder(models.Model):
    """One reminder email sent before a licence expires. The constraint means it is never sent twice."""

    licence = models.ForeignKey("licences.Licence", on_delete=models.CASCADE, related_name="reminders")
    days_before = models.PositiveSmallIntegerField()
    # A renewal moves the expiry date, so the next year's reminders are new rows.
    expires_on = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["licence", "days_before", "expires_on"], name="licencereminder_once_per_expiry"
            )
        ]

    def __str__(self) -> str:
        return f"{self.days_before}-day reminder for {self.licence}"
