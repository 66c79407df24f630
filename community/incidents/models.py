"""Incidents on official accounts, and the recovery checklists champions keep for each risk."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


class Risk(models.TextChoices):
    REPUTATION = "reputation", "Reputation"
    DEFAMATION = "defamation", "Defamation"
    INTELLECTUAL_PROPERTY = "intellectual_property", "Intellectual property"
    DATA_PROTECTION = "data_protection", "Data protection"
    CONTRACT = "contract", "Contract"
    HARASSMENT = "harassment", "Harassment or abuse"
    OTHER = "other", "Other"


class Severity(models.TextChoices):
    LOW = "low", "Low: a few people saw it, no lasting harm"
    MEDIUM = "medium", "Medium: shared or complained about"
    HIGH = "high", "High: press, legal or regulator interest likely"
    CRITICAL = "critical", "Critical: serious harm to people or the organisation"

    @property
    def short_label(self) -> str:
        return self.label.split(":")[0]


class RecoveryChecklist(ClusterableModel):
    """The steps to take when an incident touches one risk. Champions edit these in the admin."""

    risk = models.CharField(max_length=30, choices=Risk.choices, unique=True)
    introduction = models.TextField(blank=True, help_text="Shown above the steps. Plain text.")
    updated_at = models.DateTimeField(auto_now=True)

    panels = [FieldPanel("risk"), FieldPanel("introduction"), InlinePanel("steps", label="Steps", min_num=1)]

    class Meta:
        ordering = ["risk"]

    def __str__(self) -> str:
        return f"Recovery checklist: {self.get_risk_display()}"


class RecoveryStep(Orderable):
    checklist = ParentalKey(RecoveryChecklist, on_delete=models.CASCADE, related_name="steps")
    text = models.CharField(max_length=200, help_text="What to do, as an instruction: “Tell the sponsor”.")
    guidance = models.TextField(blank=True, help_text="How, and who to contact. Plain text.")

    panels = [FieldPanel("text"), FieldPanel("guidance")]

    def __str__(self) -> str:
        return self.text


class Incident(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    account = models.ForeignKey("community.OfficialAccount", on_delete=models.CASCADE, related_name="incidents")
    summary = models.CharField(max_length=160)
    what_happened = models.TextField()
    happened_at = models.DateTimeField()
    post_url = models.URLField("Link to the post", max_length=500, blank=True)
    risk = models.CharField(max_length=30, choices=Risk.choices, db_index=True)
    severity = models.CharField(max_length=10, choices=Severity.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="reported_incidents"
    )
    reported_at = models.DateTimeField(auto_now_add=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    lesson = models.TextField(blank=True)
    submission_key = models.UUIDField(null=True, blank=True, editable=False)
    # The draft statement a champion made of the lesson (services.send_lesson): one per incident.
    statement = models.OneToOneField(
        "bestpractice.Statement",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="incident",
    )

    class Meta:
        ordering = ["-happened_at", "-id"]
        indexes = [
            models.Index(fields=["account", "-happened_at", "-id"], name="incident_by_account"),
            models.Index(fields=["-id"], name="incident_newest"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["reported_by", "submission_key"],
                condition=Q(submission_key__isnull=False),
                name="incident_reported_once",
            ),
            models.CheckConstraint(
                condition=Q(status="open", closed_at__isnull=True)
                | Q(status="closed", closed_at__isnull=False) & ~Q(lesson=""),
                name="incident_closed_with_lesson",
            ),
        ]

    def __str__(self) -> str:
        return self.summary

    def get_absolute_url(self) -> str:
        return reverse("incidents:detail", kwargs={"account_pk": self.account_id, "pk": self.pk})

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def severity_label(self) -> str:
        return Severity(self.severity).short_label


class IncidentStep(models.Model):
    """A step of the incident's checklist, copied when it was reported, so later edits leave history alone."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField()
    text = models.CharField(max_length=200)
    guidance = models.TextField(blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["incident", "position"]
        constraints = [models.UniqueConstraint(fields=["incident", "position"], name="incident_step_position")]

    def __str__(self) -> str:
        return self.text

    @property
    def is_done(self) -> bool:
        return self.done_at is not None
