from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from wagtail import hooks

from community.navigation import NavItem
from community.permissions import permissions
from home import demo, panels, personal_data


@hooks.register("before_serve_document")
def documents_are_for_members(document, request):
    """Documents attached to lessons and pages are intranet content: members only."""
    if not permissions.can(request.user, "site.use"):
        return redirect_to_login(request.get_full_path())
    return None


@hooks.register("postwise_nav_item", order=10)
def my_path_nav_item() -> NavItem:
    return NavItem("My path", lambda: reverse("home:my_path"), "site.use")


@hooks.register("postwise_nav_item", order=60)
def search_nav_item() -> NavItem:
    return NavItem("Search", lambda: reverse("home:search"), "site.use")


# The first panel of the signed-in home page (community.home_panels); features add the others.
hooks.register("postwise_home_panels", panels.next_step_panel, order=10)

# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_site, order=0)

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=5)
