from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q


class TimeAdjustment(models.Model):
    """A reasonable adjustment to a member's quiz time limits, set by a champion (WCAG 2.2.1).

    Rows are never changed or deleted: each change is a new row, so the table is its own audit trail
    (who, when and why). The member's newest row is the one in force; a row with no extra minutes and
    no `no_limit` ends the adjustment. Only champions and the member themselves ever see these rows.
    """

    MAX_EXTRA_MINUTES = 600

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="time_adjustments")
    extra_minutes = models.PositiveSmallIntegerField(
        default=0, validators=[MinValueValidator(0), MaxValueValidator(MAX_EXTRA_MINUTES)]
    )
    no_limit = models.BooleanField(default=False)
    reason = models.TextField()
    set_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    set_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-set_at", "-pk"]
        indexes = [models.Index(fields=["member", "-set_at"], name="timeadjustment_member_latest")]
        constraints = [
            models.CheckConstraint(
                condition=Q(extra_minutes__lte=600), name="timeadjustment_extra_minutes_at_most_600"
            ),
            models.CheckConstraint(
                condition=~Q(no_limit=True, extra_minutes__gt=0), name="timeadjustment_no_limit_has_no_minutes"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.describe()} for {self.member}"

    @property
    def in_force(self) -> bool:
        return self.no_limit or self.extra_minutes > 0

    def describe(self) -> str:
        if self.no_limit:
            return "No time limit"
        if self.extra_minutes:
            return f"{self.extra_minutes} extra minute{'s' if self.extra_minutes != 1 else ''}"
        return "Adjustment ended"
