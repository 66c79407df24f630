from django.conf import settings
from django.db import models
from django.urls import reverse
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from community.bestpractice.themes import Stance, Theme


class StatementQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class Statement(index.Indexed, models.Model):
    """A statement of what to do, or not to do, with links back to the forum threads it grew from."""

    title = models.CharField(max_length=160)
    stance = models.CharField(max_length=4, choices=Stance.choices)
    theme = models.CharField(max_length=12, choices=Theme.choices)
    explanation = models.TextField(help_text="Why. Plain text; blank lines start new paragraphs.")
    topics = models.ManyToManyField("forum.Topic", blank=True, related_name="statements")
    posts = models.ManyToManyField("forum.Post", blank=True, related_name="statements")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = StatementQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("explanation"),
        index.AutocompleteField("title"),
        index.FilterField("theme"),
        index.FilterField("stance"),
    ]

    class Meta:
        ordering = ["theme", "-stance", "title"]
        indexes = [models.Index(fields=["theme", "stance", "id"], name="bestpractice_listing")]

    def __str__(self) -> str:
        return f"{self.get_stance_display()}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("bestpractice:detail", kwargs={"pk": self.pk})
