"""RP-initiated logout: after signing out of Postwise, sign out at the identity provider too.

The session's authentication records say which provider the member signed in with. A provider that
publishes an `end_session_endpoint` (OpenID Connect discovery), or Microsoft Entra ID's logout
endpoint, gets the browser next with `client_id` and `post_logout_redirect_uri`; it may ask the
person to confirm. Other providers (or one that cannot be reached) leave their own session open:
the README says so.
"""

import logging

import requests
from allauth.account.authentication import get_authentication_records
from allauth.socialaccount.adapter import get_adapter
from allauth.socialaccount.models import SocialApp
from django.utils.http import urlencode

logger = logging.getLogger("postwise.sso")


def _oidc_end_session(request, provider) -> str | None:
    try:
        config = provider.get_oauth2_adapter(request).openid_config
    except requests.RequestException as error:
        logger.warning("SSO provider %s unreachable at sign-out: %r", provider.sub_id, error)
        return None
    return config.get("end_session_endpoint")


def _microsoft_end_session(request, provider) -> str:
    settings = provider.app.settings
    login_url = settings.get("login_url", "https://login.microsoftonline.com")
    return f"{login_url}/{settings.get('tenant', 'organizations')}/oauth2/v2.0/logout"


END_SESSION = {"openid_connect": _oidc_end_session, "microsoft": _microsoft_end_session}


def provider_logout_url(request, *, return_to: str) -> str | None:
    """The provider's logout address for this session's single sign-on, or None."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    sso = [r for r in get_authentication_records(request, user) if r.get("method") == "socialaccount"]
    if not sso:
        return None
    try:
        provider = get_adapter(request).get_provider(request, sso[-1]["provider"])
    except SocialApp.DoesNotExist:  # the provider was switched off since this session signed in
        logger.info("SSO provider %s no longer configured; local sign-out only", sso[-1]["provider"])
        return None
    end_session = END_SESSION.get(provider.id)
    endpoint = end_session(request, provider) if end_session else None
    if not endpoint:
        return None
    query = urlencode(
        {"client_id": provider.app.client_id, "post_logout_redirect_uri": request.build_absolute_uri(return_to)}
    )
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"
