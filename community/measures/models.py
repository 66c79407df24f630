from django.conf import settings
from django.db import models


class SponsorReport(models.Model):
    """A sponsor's monthly report was sent. The constraint means a month's report goes out once."""

    sponsor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # The first day of the month the report covers up to (the month just ended).
    month = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-month", "sponsor"]
        constraints = [models.UniqueConstraint(fields=["sponsor", "month"], name="sponsorreport_once_per_month")]

    def __str__(self) -> str:
        return f"Report for {self.sponsor} on {self.month:%B %Y}"
