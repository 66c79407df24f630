from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from community.page_serving import FewQueriesPageMixin

from .member_page import MembersOnlyPageMixin


class GuidelineIndexPage(MembersOnlyPageMixin, FewQueriesPageMixin, Page):
    """The guidelines, by audience, with what the member still has to acknowledge."""

    introduction = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.GuidelinePage"]
    max_count = 1
    template = "courses/guideline_index_page.html"
