from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import TemplateView

from community.permissions import permissions
from community.viewer import facts_for
from home.selectors import my_path_for


class MyPathView(LoginRequiredMixin, TemplateView):
    """The personal dashboard: level, next steps, and the way to the next level."""

    template_name = "home/my_path.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            permissions.check(request.user, "site.use")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["my_path"] = my_path_for(member=self.request.user, facts=facts_for(self.request.user))
        return context
