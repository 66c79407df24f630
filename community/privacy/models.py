"""Privacy records: subject access exports, leavers, the erasure log, and the retention periods."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class DataExport(models.Model):
    """One subject access export: a ZIP (JSON and a readable HTML summary) built by a task.

    The ZIP is kept in the database, not under the public media, and only reached through the signed link that
    was emailed (`privacy:download`), which expires after `EXPORT_LINK_DAYS`."""

    class Status(models.TextChoices):
        PENDING = "pending", "Being prepared"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    ready_at = models.DateTimeField(null=True, blank=True)
    content = models.BinaryField(blank=True, default=b"", editable=False)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        indexes = [models.Index(fields=["member", "-requested_at"]), models.Index(fields=["requested_at"])]

    def __str__(self) -> str:
        return f"Export {self.pk} ({self.get_status_display()})"


class Departure(models.Model):
    """A leaver: deactivated at `left_at`, anonymised on `anonymise_on` (or at once), once."""

    member = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="departure")
    left_at = models.DateTimeField(default=timezone.now)
    anonymise_on = models.DateField(db_index=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)
    remove_words = models.BooleanField(
        default=False, help_text="Also remove the words of their forum posts (the posts stay, so threads read)."
    )
    basis = models.CharField(max_length=200)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.member} left {self.left_at:%Y-%m-%d}"


class ErasureLog(models.Model):
    """Who did what to whose data, when and on what basis. Never the content."""

    class Action(models.TextChoices):
        EXPORTED = "exported", "Subject access export"
        DEACTIVATED = "deactivated", "Deactivated (left)"
        ANONYMISED = "anonymised", "Anonymised"
        RETENTION = "retention", "Deleted after its retention period"

    action = models.CharField(max_length=20, choices=Action.choices)
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    member_number = models.PositiveBigIntegerField(null=True, blank=True, help_text="The member's number.")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    at = models.DateTimeField(default=timezone.now, db_index=True)
    basis = models.CharField(max_length=200)
    detail = models.CharField(max_length=300, blank=True, help_text="Counts only, never content.")

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = "erasure log entry"
        verbose_name_plural = "erasure log"

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.at:%Y-%m-%d}"


def _days(label: str, default: int, help_text: str):
    return models.PositiveIntegerField(
        label, default=default, validators=[MinValueValidator(1), MaxValueValidator(3650)], help_text=help_text
    )


@register_setting(icon="lock")
class RetentionSettings(BaseGenericSetting):
    """How long Postwise keeps each kind of personal data. The daily job (`manage.py apply_retention`) deletes
    what is older; the privacy notice at /privacy/ shows these periods."""

    quiz_attempts_days = _days("Quiz attempts (days)", 730, "Attempts at a quiz, from when they started.")
    notifications_days = _days("Notifications (days)", 365, "Notifications in the site, from when they were sent.")
    rejected_posts_days = _days(
        "Held and rejected forum posts (days)", 90, "Posts a moderator did not approve, from when they were written."
    )
    sessions_days = _days("Signed-in sessions (days)", 30, "Expired sign-in sessions, from when they expired.")
    logs_days = _days("Logs (days)", 730, "The admin's change logs and finished background jobs.")
    anonymise_leavers_days = _days(
        "Leavers anonymised after (days)", 90, "From the day a member leaves until their name and details go."
    )

    panels = [
        HelpPanel(content="Periods in days. Deleting happens once a day; the privacy notice lists these periods."),
        FieldPanel("quiz_attempts_days"),
        FieldPanel("notifications_days"),
        FieldPanel("rejected_posts_days"),
        FieldPanel("sessions_days"),
        FieldPanel("logs_days"),
        FieldPanel("anonymise_leavers_days"),
    ]

    class Meta:
        verbose_name = "retention periods"

    def days_for(self, name: str) -> int | None:
        """The period named by a provider's `retention` ("quiz_attempts"), or None."""
        return getattr(self, f"{name}_days", None) if name else None
