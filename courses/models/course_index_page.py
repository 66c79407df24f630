from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from community.page_serving import FewQueriesPageMixin

from .member_page import MembersOnlyPageMixin


class CourseIndexPage(MembersOnlyPageMixin, FewQueriesPageMixin, Page):
    """The list of courses, each with the member's progress."""

    introduction = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1
    template = "courses/course_index_page.html"
