from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.permissions import permissions
from community.privacy import personal_data
from community.privacy.models import ErasureLog

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=90)


class _DataProtectionMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can(request.user, "privacy.manage_members")


@hooks.register("register_admin_menu_item")
def data_protection_menu_item():
    """The data protection officer's front-end pages, from the admin menu."""
    return _DataProtectionMenuItem("Data protection", reverse("privacy:members"), icon_name="lock", order=900)


class ErasureLogViewSet(SnippetViewSet):
    """The erasure log, read-only: data protection officers are granted view permission only."""

    model = ErasureLog
    icon = "history"
    menu_label = "Erasure log"
    add_to_admin_menu = True
    menu_order = 901
    list_display = ["at", "action", "member_number", "by", "basis", "detail"]
    list_filter = ["action"]
    inspect_view_enabled = True
    search_backend_name = None

    def get_queryset(self, request):
        # Each row names who acted: read with the rows, not one query per row.
        return ErasureLog.objects.select_related("by")


register_snippet(ErasureLogViewSet)
