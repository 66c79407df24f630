from urllib.parse import urlencode

from django.shortcuts import resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import RedirectView


class AdminLoginRedirectView(RedirectView):
    """Sends the Wagtail and Django admin login to allauth's, keeping a safe `next`."""

    permanent = False

    def get_redirect_url(self, *args, **kwargs) -> str:
        next_url = self.request.GET.get("next", "/admin/")
        if not url_has_allowed_host_and_scheme(next_url, {self.request.get_host()}, self.request.is_secure()):
            next_url = "/admin/"
        return f"{resolve_url('account_login')}?{urlencode({'next': next_url})}"
