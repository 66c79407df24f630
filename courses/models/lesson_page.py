from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from community.blocks import CourseStreamBlock
from community.page_serving import FewQueriesPageMixin

from .four_eyes import FourEyesPageMixin
from .member_page import MembersOnlyPageMixin


class LessonPage(FourEyesPageMixin, MembersOnlyPageMixin, FewQueriesPageMixin, Page):
    """One lesson of a course. Its order among its siblings is its order in the course."""

    summary = models.CharField(max_length=250, blank=True, help_text="What the member will learn, in a sentence.")
    body = StreamField(CourseStreamBlock())

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "courses/lesson_page.html"
