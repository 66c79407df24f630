from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from community.blocks import BaseStreamBlock
from community.page_serving import FewQueriesPageMixin


class StandardPage(FewQueriesPageMixin, Page):
    """A plain content page: about, help, contacts."""

    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    template = "home/standard_page.html"
