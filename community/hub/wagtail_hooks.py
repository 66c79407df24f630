from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.hub import demo, home_panels
from community.hub.models import FeedState


class FeedStatePermissionPolicy(ModelPermissionPolicy):
    """Feeds are only looked at here, by anyone: an account's feed address is edited in one place, the
    register's account form (community/registers), and the fetch job makes each feed's state."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action == "view"]
        return super().users_with_any_permission(actions) if actions else super().users_with_any_permission([]).none()


register_permission_policy(FeedState, FeedStatePermissionPolicy(FeedState))


class FeedAddressColumn(Column):
    """The account's feed address as the register holds it, and a link to change it there."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        account, address = instance.account, context["raw_value"] or "None"
        request = parent_context.get("request")
        if request is not None and request.user.has_perm("community.change_officialaccount"):
            context["value"] = format_html(
                '{}<br><a href="{}">Change it in the register<span class="visuallyhidden"> for {}</span></a>',
                address,
                reverse("wagtailsnippets_community_officialaccount:edit", args=[account.pk]),
                account,
            )
        else:
            context["value"] = format_html("{}<br>Account coordinators change it in the register.", address)
        return context


class FeedViewSet(SnippetViewSet):
    """Technical support see how each account's feed is read. The address itself is the register's."""

    model = FeedState
    icon = "link-external"
    menu_label = "Social hub feeds"
    menu_order = 410
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_fields = [
        "account",
        "fetched_url",
        "last_attempt_at",
        "last_success_at",
        "last_error",
        "last_error_at",
    ]
    list_display = [
        "account",
        FeedAddressColumn("feed_address", accessor="account.feed_url", label="Feed address"),
        "last_success_at",
        "last_error",
        "last_error_at",
    ]
    search_fields = ["account__name", "account__handle", "last_error"]
    search_backend_name = None

    def get_queryset(self, request):
        return FeedState.objects.select_related("account")


register_snippet(FeedViewSet)


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_hub_feeds, order=70)

hooks.register("postwise_home_panels", home_panels.latest_posts_panel, order=60)
