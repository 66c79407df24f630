from django.contrib.auth.views import redirect_to_login
from wagtail import hooks

from community.permissions import permissions


class MembersOnlyPageMixin:
    """Course and guideline pages are for signed-in members; the rule is `courses.view`.

    What a page shows besides its own fields (the member's progress, say) comes from the
    `postwise_page_context` hooks: `fn(*, page, member) -> dict`, merged into the template context. The
    selectors that compute it read these models, so the models hear of them through the hook and never
    import them."""

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        permissions.check(request.user, "courses.view", self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for page_context in hooks.get_hooks("postwise_page_context"):
            context.update(page_context(page=self, member=request.user))
        return context
