from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from community.blocks import BaseStreamBlock
from community.page_serving import FewQueriesPageMixin


class HomePage(FewQueriesPageMixin, Page):
    """The site root: a welcome for all staff and the way into "My path"."""

    introduction = RichTextField(blank=True, features=["bold", "italic", "link"])
    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "home/home_page.html"
