from allauth.mfa.totp.views import ActivateTOTPView
from django.contrib import messages
from django.utils.http import url_has_allowed_host_and_scheme

NEXT_SESSION_KEY = "postwise_after_totp"


class ActivateTotpAndContinueView(ActivateTOTPView):
    """allauth's TOTP set-up, which then returns the member to where they were going (the admin,
    when the admin sent them here) instead of the recovery-codes page.

    The form posts without the query string, so a safe `next` is kept in the session meanwhile.
    """

    def get(self, request, *args, **kwargs):
        next_url = request.GET.get("next", "")
        if next_url and url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
            request.session[NEXT_SESSION_KEY] = next_url
        return super().get(request, *args, **kwargs)

    def get_success_url(self) -> str:
        next_url = self.request.session.pop(NEXT_SESSION_KEY, None)
        if not next_url:
            return super().get_success_url()
        if self.did_generate_recovery_codes:
            messages.info(
                self.request,
                "Your authenticator app is set up. Recovery codes were made too: find them under "
                "Two-factor authentication in your account settings, and keep them safe.",
            )
        return next_url


activate_totp = ActivateTotpAndContinueView.as_view()
