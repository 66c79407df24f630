import requests
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from community.adapters import sso_unavailable_response
from community.mfa import has_totp, session_used_mfa
from community.viewer import facts_for

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class AdminRequiresMfaMiddleware:
    """Members with a role or superuser rights reach an admin only in a session that used TOTP.

    Without an authenticator they are sent to set one up; with one, but signed in some other way,
    they are asked for a code first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith(ADMIN_PREFIXES)
            and request.user.is_authenticated
            and facts_for(request.user).must_use_mfa
        ):
            if not has_totp(request.user):
                messages.warning(
                    request,
                    "Your role needs two-factor authentication. Set up an authenticator app to continue to the admin.",
                )
                return redirect(f"{reverse('mfa_activate_totp')}?next={request.path}")
            if not session_used_mfa(request):
                messages.info(request, "Enter a code from your authenticator app to continue to the admin.")
                return redirect(f"{reverse('mfa_reauthenticate')}?next={request.path}")
        return self.get_response(request)


class SsoUnavailableMiddleware:
    """An identity provider that cannot be reached while starting single sign-on gives a clear
    "sign-in is unavailable" page (503), with the detail in the log, never a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, requests.RequestException) and request.path.startswith("/accounts/"):
            return sso_unavailable_response(request, request.path, exception).response
        return None
