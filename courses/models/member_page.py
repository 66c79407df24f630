from django.contrib.auth.views import redirect_to_login

from community.permissions import permissions


class MembersOnlyPageMixin:
    """Course and guideline pages are for signed-in members; the rule is `courses.view`."""

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        permissions.check(request.user, "courses.view", self)
        return super().serve(request, *args, **kwargs)
