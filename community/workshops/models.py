from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone


class Position(models.IntegerChoices):
    SHOULD = 1, "Should"
    PROBABLY_SHOULD = 2, "Probably should"
    NOT_SURE = 3, "Not sure"
    PROBABLY_SHOULDNT = 4, "Probably shouldn’t"
    SHOULDNT = 5, "Shouldn’t"


class Workshop(models.Model):
    """An opinion-line workshop: a question, themes and a closing time. Closing freezes it."""

    question = models.CharField(max_length=200)
    introduction = models.TextField(blank=True)
    themes = models.JSONField(default=list, blank=True)
    closes_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # The form's one-time key (community.forms.SubmitOnceMixin): a double submit cannot open two workshops.
    submission_key = models.UUIDField(null=True, blank=True, editable=False)
    # Live mode (a champion running the workshop in a room): the short code participants join with, made
    # when the projector view first opens, and whether placings are hidden until the champion reveals them.
    join_code = models.CharField(max_length=8, unique=True, null=True, blank=True, editable=False)
    placings_hidden = models.BooleanField(default=False)

    class Meta:
        ordering = ["-closes_at", "-id"]
        # Open workshops, closing soonest first (community.workshops.selectors.open_workshops_to_place).
        indexes = [
            models.Index(fields=["closes_at", "id"], condition=Q(closed_at__isnull=True), name="workshop_open"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["created_by", "submission_key"],
                condition=models.Q(submission_key__isnull=False),
                name="workshop_opened_once",
            )
        ]

    def __str__(self) -> str:
        return self.question

    def get_absolute_url(self) -> str:
        return reverse("workshops:detail", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        return self.closed_at is None and timezone.now() < self.closes_at


class WorkshopStatement(models.Model):
    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="statements")
    text = models.CharField(max_length=200)
    theme = models.CharField(max_length=12, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint("workshop", Lower("text"), name="workshop_statement_unique_text"),
        ]

    def __str__(self) -> str:
        return self.text


class Placing(models.Model):
    """Where one member puts one statement on the line. One per member and statement; changeable."""

    statement = models.ForeignKey(WorkshopStatement, on_delete=models.CASCADE, related_name="placings")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField(choices=Position.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["statement", "member"], name="workshop_one_placing_each"),
            models.CheckConstraint(condition=Q(position__gte=1, position__lte=5), name="workshop_position_on_line"),
        ]

    def __str__(self) -> str:
        return f"{self.get_position_display()}: {self.statement_id}"


class Promotion(models.Model):
    """A workshop statement made into a draft best practice statement. At most once, whichever champion promotes
    it and however many promote at the same moment: the one-to-one is the database's guarantee."""

    workshop_statement = models.OneToOneField(WorkshopStatement, on_delete=models.CASCADE, related_name="promotion")
    # Deleting the draft deletes this row, so the statement may be promoted again.
    statement = models.OneToOneField("bestpractice.Statement", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Workshop statement {self.workshop_statement_id} promoted to {self.statement_id}"
