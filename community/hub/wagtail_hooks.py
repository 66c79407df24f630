from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from community.hub import demo, home_panels, services
from community.hub.forms import FeedAddressForm
from community.hub.models import FeedState


class FeedCreateView(CreateView):
    def save_instance(self):
        account = self.form.cleaned_data["account"]
        services.set_feed_address(account=account, feed_url=self.form.cleaned_data["feed_url"])
        return FeedState.objects.get(account=account)


class FeedEditView(EditView):
    def save_instance(self):
        services.set_feed_address(account=self.object.account, feed_url=self.form.cleaned_data["feed_url"])
        return FeedState.objects.get(pk=self.object.pk)


class FeedViewSet(SnippetViewSet):
    """Technical support see how each account's feed is read, and set its address."""

    model = FeedState
    icon = "link-external"
    menu_label = "Social hub feeds"
    menu_order = 410
    add_to_admin_menu = True
    add_view_class = FeedCreateView
    edit_view_class = FeedEditView
    list_display = ["account", "last_success_at", "last_error", "last_error_at"]
    search_fields = ["account__name", "account__handle", "last_error"]
    search_backend_name = None
    panels = [FieldPanel("account"), FieldPanel("feed_url")]


FeedState.base_form_class = FeedAddressForm

register_snippet(FeedViewSet)


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_hub_feeds, order=70)

hooks.register("postwise_home_panels", home_panels.latest_posts_panel, order=60)
