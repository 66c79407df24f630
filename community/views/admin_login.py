from urllib.parse import urlencode

from django.shortcuts import render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import RedirectView


class AdminLoginRedirectView(RedirectView):
    """Sends the Wagtail and Django admin login to allauth's, keeping a safe `next`.

    Also stands in for Wagtail's front-end login (`/_util/login/`, with `default_next="/"`): that is
    a plain Django form, which would skip allauth's TOTP step, email verification and rate limits.

    A member who is already signed in reaches the admin login only because the admin refused them
    (they have no role that opens it). Sending them to allauth's login would send them straight back
    (allauth redirects a signed-in member to `next`), a redirect loop; they get a clear 403 instead.
    """

    permanent = False
    default_next = "/admin/"
    refuses_signed_in_members = True

    def get(self, request, *args, **kwargs):
        if self.refuses_signed_in_members and request.user.is_authenticated:
            return render(request, "community/admin_refused.html", status=403)
        return super().get(request, *args, **kwargs)

    def get_redirect_url(self, *args, **kwargs) -> str:
        next_url = self.request.GET.get("next", self.default_next)
        if not url_has_allowed_host_and_scheme(next_url, {self.request.get_host()}, self.request.is_secure()):
            next_url = self.default_next
        return f"{resolve_url('account_login')}?{urlencode({'next': next_url})}"
