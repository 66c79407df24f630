from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from community.blocks import CourseStreamBlock
from community.levels import Level
from community.page_serving import FewQueriesPageMixin

from .audience import AUDIENCE_CHOICES, AudienceMixin
from .four_eyes import FourEyesPageMixin
from .lesson_page import LessonPage
from .member_page import MembersOnlyPageMixin


class CoursePage(FourEyesPageMixin, AudienceMixin, MembersOnlyPageMixin, FewQueriesPageMixin, Page):
    """A course: an introduction and an ordered set of lessons (its child LessonPages).

    Lessons sit below it; quizzes (courses.quizzes) may too, so subpage types are not limited here:
    each child page type names CoursePage in its own parent_page_types.
    """

    summary = models.TextField(max_length=400, help_text="One or two sentences shown in course lists.")
    audience = models.PositiveSmallIntegerField(
        choices=AUDIENCE_CHOICES,
        default=Level.BASIC.value,
        help_text="The level this course prepares people for.",
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        default=30, help_text="About how long the whole course takes, in minutes."
    )
    required_for_all = models.BooleanField(
        "required for all staff",
        default=False,
        help_text="Assigned to every member automatically, like the induction course.",
    )
    introduction = StreamField(CourseStreamBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("estimated_minutes"),
        FieldPanel("required_for_all"),
        FieldPanel("introduction"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("introduction")]
    parent_page_types = ["courses.CourseIndexPage"]
    template = "courses/course_page.html"

    def after_the_lessons(self) -> list[Page]:
        """Live child pages that are not lessons, such as the course's quiz."""
        return list(self.get_children().live().not_type(LessonPage).order_by("path"))
