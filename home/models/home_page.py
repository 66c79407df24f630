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

    def get_context(self, request, *args, **kwargs):
        """A signed-in member also gets the panels: what is happening, and what is next for them."""
        # A page model calling its own app's selectors: imported here, as home.selectors reads other apps'
        # models, which are not all loaded when this module is.
        from community.permissions import permissions
        from community.viewer import facts_for
        from home.selectors import home_panels_for

        context = super().get_context(request, *args, **kwargs)
        if permissions.can(request.user, "site.use"):
            context["home_panels"] = home_panels_for(member=request.user, facts=facts_for(request.user))
        return context
