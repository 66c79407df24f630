from urllib.parse import urlencode

from django.shortcuts import resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import RedirectView


class AdminLoginRedirectView(RedirectView):
    """Sends the Wagtail and Django admin login to allauth's, keeping a safe `next`.

    Also stands in for Wagtail's front-end login (`/_util/login/`, with `default_next="/"`): that is
    a plain Django form, which would skip allauth's TOTP step, email verification and rate limits.
    """

    permanent = False
    default_next = "/admin/"

    def get_redirect_url(self, *args, **kwargs) -> str:
        next_url = self.request.GET.get("next", self.default_next)
        if not url_has_allowed_host_and_scheme(next_url, {self.request.get_host()}, self.request.is_secure()):
            next_url = self.default_next
        return f"{resolve_url('account_login')}?{urlencode({'next': next_url})}"
