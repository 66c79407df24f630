"""Each month's measures for an official account: one row per account and month."""

from django.conf import settings
from django.db import models
from django.db.models import Q

# Above these a number is a typing or export mistake, not a measure (followers above 10^10 is more than
# everyone on Earth). The form, the import and the database all refuse them.
LIMITS = {
    "followers": 10**10,
    "posts": 100_000,
    "engagements": 10**11,
    "enquiries_answered": 1_000_000,
    "median_response_minutes": 60 * 24 * 31,
}


class MonthlyMeasure(models.Model):
    account = models.ForeignKey("community.OfficialAccount", on_delete=models.CASCADE, related_name="measures")
    month = models.DateField(help_text="The first day of the month measured.")
    followers = models.PositiveBigIntegerField()
    posts = models.PositiveIntegerField()
    engagements = models.PositiveBigIntegerField()
    enquiries_answered = models.PositiveIntegerField()
    median_response_minutes = models.PositiveIntegerField("Median response time (minutes)")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["account", "month"]
        constraints = [
            models.UniqueConstraint(fields=["account", "month"], name="measure_one_per_account_month"),
            *[
                models.CheckConstraint(condition=Q(**{f"{field}__lte": limit}), name=f"measure_{field}_plausible")
                for field, limit in LIMITS.items()
            ],
        ]

    def __str__(self) -> str:
        return f"{self.account} in {self.month:%B %Y}"
