from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from community.blocks import CourseStreamBlock
from community.levels import Level
from community.page_serving import FewQueriesPageMixin

from .audience import AUDIENCE_CHOICES, AudienceMixin
from .member_page import MembersOnlyPageMixin


class GuidelinePage(AudienceMixin, MembersOnlyPageMixin, FewQueriesPageMixin, Page):
    """Guidelines for one audience. Each publication is recorded as a GuidelineVersion.

    Members at or above the audience's level acknowledge it. Publishing with `major_revision`
    ticked asks everyone to acknowledge again; the tick is cleared once it is recorded.
    """

    audience = models.PositiveSmallIntegerField(choices=AUDIENCE_CHOICES, default=Level.BASIC.value)
    version = models.CharField(max_length=20, default="1.0", help_text="For example 2.1. Shown to readers.")
    summary = models.TextField(max_length=400, blank=True)
    body = StreamField(CourseStreamBlock())
    major_revision = models.BooleanField(
        "major revision",
        default=False,
        help_text="Tick when this change alters what people must do. Everyone will be asked to acknowledge "
        "the guidelines again once it is published.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("audience"),
        FieldPanel("version"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("major_revision"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.GuidelineIndexPage"]
    subpage_types: list[str] = []
    template = "courses/guideline_page.html"

    def clean(self):
        super().clean()
        if self.major_revision and self.pk:
            published = self.current_version()
            if published is not None and published.version == self.version:
                raise ValidationError(
                    {"version": f"A major revision needs a new version number: {self.version} is already published."}
                )

    def current_version(self):
        """The latest published version (a `GuidelineVersion`), or None before the first publication."""
        return self.versions.order_by("-pk").first()
