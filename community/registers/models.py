"""The register's records: each status change, who managed each account when, each manager's licence lapse, and
applications for new accounts."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from community.models import OfficialAccount

AccountStatus = OfficialAccount.Status


class StatusChange(models.Model):
    """Who moved an account from one status to another, when and why. Written by the service only."""

    account = models.ForeignKey(OfficialAccount, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=20, choices=AccountStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=AccountStatus.choices)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)
    reason = models.TextField()

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = "status change"
        indexes = [models.Index(fields=["account", "changed_at"], name="registers_change_account")]

    def __str__(self) -> str:
        return f"{self.account}: {self.from_status or 'new'} → {self.to_status}"


class ManagerPeriod(models.Model):
    """A member's time managing an account: from `started_on` until the day before `ended_on` (open while they
    still manage it). Written by `services.record_manager_changes` whenever an account's managers change,
    whoever changes them (signals.py); the measures' level trend reads it month by month."""

    account = models.ForeignKey(OfficialAccount, on_delete=models.CASCADE, related_name="manager_periods")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-started_on", "-pk"]
        verbose_name = "management period"
        indexes = [models.Index(fields=["member", "started_on"], name="registers_period_member")]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "member"], condition=Q(ended_on__isnull=True), name="registers_one_open_period"
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=F("started_on")),
                name="registers_period_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member} on {self.account} from {self.started_on} to {self.ended_on or 'now'}"


class ManagerLapse(models.Model):
    """A manager of an account found without a valid corporate user licence. Open until they hold one again
    (or stop managing the account); coordinators are told once per lapse."""

    account = models.ForeignKey(OfficialAccount, on_delete=models.CASCADE, related_name="manager_lapses")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    detected_on = models.DateField(db_index=True)
    resolved_on = models.DateField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["-detected_on", "-pk"]
        verbose_name = "manager licence lapse"
        constraints = [
            models.UniqueConstraint(
                fields=["account", "member"], condition=Q(resolved_on__isnull=True), name="registers_one_open_lapse"
            )
        ]

    def __str__(self) -> str:
        return f"{self.member} on {self.account} since {self.detected_on}"


class Application(models.Model):
    """A corporate user's business case for a new official account."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Waiting for a decision"
        CHANGES_REQUESTED = "changes", "Changes requested"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    EDITABLE = (Status.DRAFT, Status.CHANGES_REQUESTED)

    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="account_applications"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    platform = models.CharField(max_length=40, choices=OfficialAccount.Platform.choices)
    name = models.CharField("account name", max_length=120)
    handle = models.CharField(max_length=120, help_text="As it will appear on the platform, like @ExampleParks.")
    public_url = models.URLField("public address", blank=True, help_text="If the account exists already.")
    department = models.CharField("department or service", max_length=120)
    why_needed = models.TextField("why the account is needed", blank=True)
    why_not_existing = models.TextField("why an existing account won’t do", blank=True)
    audience = models.TextField("who it is for", blank=True)
    goals = models.TextField("the goals", blank=True)
    time_and_resources = models.TextField(
        "the time and resources it will take", blank=True, help_text="Hours a week, and who covers holidays."
    )
    backup_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="A named colleague who will manage the account with you. They need a corporate user licence.",
    )
    sponsor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The senior manager who supports the account and will receive its reports.",
    )
    success_measures = models.TextField("how success will be measured", blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True, db_index=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decision_reason = models.TextField(blank=True)
    account = models.OneToOneField(
        OfficialAccount, on_delete=models.SET_NULL, null=True, blank=True, related_name="application"
    )
    # The new-application form's one-time key (community.forms.SubmitOnceMixin): a double click saves one.
    submission_key = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "account application"
        indexes = [
            models.Index(fields=["applicant", "created_at"], name="registers_app_applicant"),
            models.Index(fields=["status", "submitted_at"], name="registers_app_queue"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["applicant", "submission_key"],
                condition=models.Q(submission_key__isnull=False),
                name="registers_application_sent_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_platform_display()}), {self.get_status_display().lower()}"

    def get_absolute_url(self) -> str:
        return reverse("registers:application", args=[self.pk])

    @property
    def is_editable(self) -> bool:
        return self.status in self.EDITABLE
