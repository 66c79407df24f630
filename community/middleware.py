from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from community.mfa import has_totp
from community.viewer import facts_for

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class AdminRequiresMfaMiddleware:
    """Members with a role or superuser rights must set up TOTP before they reach an admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith(ADMIN_PREFIXES)
            and request.user.is_authenticated
            and facts_for(request.user).must_use_mfa
            and not has_totp(request.user)
        ):
            messages.warning(
                request,
                "Your role needs two-factor authentication. Set up an authenticator app to continue to the admin.",
            )
            return redirect(f"{reverse('mfa_activate_totp')}?next={request.path}")
        return self.get_response(request)
