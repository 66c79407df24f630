from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.permissions import permissions
from courses.licences import admin_urls, demo, my_path_steps, personal_data, selectors
from courses.licences.admin_permissions import ReviewedPermissionPolicy
from courses.licences.models import LicenceType

register_permission_policy(LicenceType, ReviewedPermissionPolicy(LicenceType, action="licences.manage"))


class LicenceTypeViewSet(SnippetViewSet):
    model = LicenceType
    icon = "form"
    menu_label = "Licence types"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "quiz", "validity_months", "renewal_window_days", "requires_approval"]

    def get_queryset(self, request):
        # Each row names its quiz: read with the rows, not one query per row.
        return LicenceType.objects.select_related("quiz")


register_snippet(LicenceTypeViewSet)


@hooks.register("register_admin_urls")
def register_licence_admin_urls():
    return [path("licences/", include(admin_urls, namespace="licences_admin"))]


class ChampionMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can(request.user, "licences.manage")


@hooks.register("register_admin_menu_item")
def register_licence_register_menu_item():
    return ChampionMenuItem(
        "Licence register", reverse("licences_admin:register"), icon_name="form", order=300, name="licence-register"
    )


# My path: each function returns this app's steps for the member.
hooks.register("postwise_path_steps", my_path_steps.licence_steps)


# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_licences, order=30)

# The kernel's levels ask this app which licences make a member a corporate user.
hooks.register("postwise_corporate_licences", selectors.corporate_licences)

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=30)
