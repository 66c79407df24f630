from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from community.permissions import permissions
from community.privacy import personal_data

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=90)


class _DataProtectionMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can(request.user, "privacy.manage_members")


@hooks.register("register_admin_menu_item")
def data_protection_menu_item():
    """The data protection officer's front-end pages, from the admin menu."""
    return _DataProtectionMenuItem("Data protection", reverse("privacy:members"), icon_name="lock", order=900)
