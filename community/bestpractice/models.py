from django.conf import settings
from django.db import models
from django.urls import reverse
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from community.bestpractice.themes import Stance, Theme

MAX_TITLE = 160


class StatementQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def published(self):
        """What members read: every read path (library, detail, search) starts here."""
        return self.filter(status=Statement.Status.PUBLISHED)

    def drafts(self):
        return self.filter(status=Statement.Status.DRAFT)


class Statement(index.Indexed, models.Model):
    """A statement of what to do, or not to do, with links back to the forum threads it grew from.

    A statement promoted from the forum starts as a draft, seen only by champions, until one of them
    publishes it (`services.publish_statement`). One written by hand in the admin is published at once.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=MAX_TITLE)
    stance = models.CharField(max_length=4, choices=Stance.choices)
    theme = models.CharField(max_length=12, choices=Theme.choices)
    explanation = models.TextField(help_text="Why. Plain text; blank lines start new paragraphs.")
    status = models.CharField(max_length=9, choices=Status.choices, default=Status.PUBLISHED)
    topics = models.ManyToManyField("forum.Topic", blank=True, related_name="statements")
    posts = models.ManyToManyField("forum.Post", blank=True, related_name="statements")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The promotion form's one-time key (home.forms.SubmitOnceMixin): a double submit saves one draft.
    submission_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = StatementQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("explanation"),
        index.AutocompleteField("title"),
        index.FilterField("theme"),
        index.FilterField("stance"),
        index.FilterField("status"),
    ]

    class Meta:
        ordering = ["theme", "-stance", "title"]
        indexes = [
            models.Index(fields=["status", "theme", "stance", "title", "id"], name="bestpractice_listing"),
            models.Index(fields=["status", "-created_at", "-id"], name="bestpractice_drafts"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["draft", "published"]), name="bestpractice_statement_status"
            ),
            models.CheckConstraint(condition=~models.Q(title=""), name="bestpractice_statement_has_title"),
            models.UniqueConstraint(
                fields=["created_by", "submission_key"],
                condition=models.Q(submission_key__isnull=False),
                name="bestpractice_statement_submitted_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_stance_display()}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("bestpractice:detail", kwargs={"pk": self.pk})

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT
