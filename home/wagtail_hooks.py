from django.contrib.auth.views import redirect_to_login
from wagtail import hooks

from community.permissions import permissions


@hooks.register("before_serve_document")
def documents_are_for_members(document, request):
    """Documents attached to lessons and pages are intranet content: members only."""
    if not permissions.can(request.user, "site.use"):
        return redirect_to_login(request.get_full_path())
    return None
