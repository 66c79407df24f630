import logging
import time

import requests
from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.account.models import EmailAddress
from allauth.core import context
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django import forms
from django.conf import settings
from django.shortcuts import render

from community import saml
from community.organisation import organisation_for
from community.sso_logout import provider_logout_url

logger = logging.getLogger("postwise.sso")


def email_domain_allowed(email: str) -> bool:
    domain = email.rsplit("@", 1)[-1].lower().strip()
    return domain in settings.POSTWISE_EMAIL_DOMAINS


def domain_error_message() -> str:
    domains = ", ".join(f"@{domain}" for domain in settings.POSTWISE_EMAIL_DOMAINS)
    return f"Use your work email address. Sign-up is open to addresses ending {domains}."


class OrganisationAccountAdapter(DefaultAccountAdapter):
    """Sign-up is limited to the organisation's email domains."""

    def clean_email(self, email: str) -> str:
        email = super().clean_email(email).lower()
        if not email_domain_allowed(email):
            raise forms.ValidationError(domain_error_message())
        return email

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """A single sign-on completed in the last few minutes counts as reauthentication.

        The identity provider has just checked who this is (often with its own second factor), so a
        member who signed in that way is not asked for a Postwise password they may not have.
        """
        request = context.request
        if request is not None and fresh_sso_login(request):
            return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def get_logout_redirect_url(self, request) -> str:
        """Sign out at the identity provider too when it offers RP-initiated logout."""
        local = super().get_logout_redirect_url(request)
        return provider_logout_url(request, return_to=local) or local


def fresh_sso_login(request) -> bool:
    """Whether this session's last sign-in was single sign-on, within the reauthentication timeout."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return False
    records = get_authentication_records(request, request.user)
    if not records or records[-1].get("method") not in ("socialaccount", "mfa"):
        return False
    sso = [record for record in records if record.get("method") == "socialaccount"]
    if not sso:
        return False
    return time.time() - sso[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT


# --- Single sign-on: when an identity provider's email may be believed --------------------------


def strictly_true(value) -> bool:
    """A provider's "verified" flag: only boolean True or the string "true" (any case) counts.

    allauth's OpenID Connect provider uses the raw claim, so "false", "0" or "no" (AWS Cognito and
    others send strings) would count as verified there. Every value but these two is unverified.
    """
    if value is True:
        return True
    return isinstance(value, str) and value.strip().lower() == "true"


def _oidc_claims(extra_data: dict) -> dict:
    # The claims allauth took the email from: userinfo first, then the ID token.
    return extra_data.get("userinfo") or extra_data.get("id_token") or extra_data


def _saml_attribute(sociallogin, key: str):
    """The first value of the first attribute mapped to `key` that the assertion carries; "" when
    such an attribute came with no value (so an empty email_verified is not taken as absent)."""
    provider = sociallogin.provider
    mapping = provider.app.settings.get("attribute_mapping", provider.default_attribute_mapping).get(key, [])
    names = [mapping] if isinstance(mapping, str) else list(mapping)
    attributes = sociallogin.account.extra_data or {}
    for name in names:
        if values := attributes.get(name):
            return values[0]
    return "" if any(name in attributes for name in names) else None


def claimed_email(sociallogin) -> str:
    """The address the provider sent, even one allauth dropped because its domain is refused."""
    if sociallogin.user.email:
        return sociallogin.user.email.lower()
    extra_data = sociallogin.account.extra_data or {}
    if sociallogin.provider.id == "saml":
        email = _saml_attribute(sociallogin, "email")
    else:
        email = sociallogin.provider.extract_common_fields(extra_data).get("email")
    return str(email or "").strip().lower()


def _saml_email_verified(sociallogin) -> bool:
    """An email_verified attribute, where the IdP sends one, is parsed strictly; most IdPs send
    none, and then the email is the directory's own: the app's `email_trusted` decides alone."""
    asserted = _saml_attribute(sociallogin, "email_verified")
    return True if asserted is None else strictly_true(asserted)


def provider_asserts_email_verified(sociallogin) -> bool:
    """Whether the identity provider itself says the login's email is verified."""
    provider_id = sociallogin.provider.id
    extra_data = sociallogin.account.extra_data or {}
    if provider_id == "openid_connect":
        return strictly_true(_oidc_claims(extra_data).get("email_verified"))
    if provider_id == "microsoft":
        # Microsoft Graph has no verification claim: `mail` is whatever the tenant's directory holds.
        # Whether that is believed is the app's `email_trusted`, allowed only for a single tenant.
        return bool(extra_data.get("mail") or extra_data.get("userPrincipalName"))
    if provider_id == "saml":
        return _saml_email_verified(sociallogin)
    return False


def provider_trusted_for_email(sociallogin) -> bool:
    app = sociallogin.provider.app
    return bool(app is not None and app.settings.get("email_trusted") is True)


def sso_email_trusted(sociallogin) -> bool:
    """The one rule for single sign-on emails: believed (so they may link to an existing member and
    count as verified) only when the provider asserts them verified AND its app is set up as
    trusted for email verification (`"email_trusted": True` in its settings)."""
    return provider_trusted_for_email(sociallogin) and provider_asserts_email_verified(sociallogin)


def render_sso_refusal(request, template: str, **extra) -> ImmediateHttpResponse:
    organisation = organisation_for(request)
    return ImmediateHttpResponse(
        render(request, f"socialaccount/{template}", {"support_email": organisation.support_email, **extra})
    )


class OrganisationSocialAccountAdapter(DefaultSocialAccountAdapter):
    def populate_user(self, request, sociallogin, data):
        """Re-derive every address's verified flag from the provider's raw data, by our one rule,
        before allauth uses it to look up, link or create a member."""
        if sociallogin.provider.id == "saml":
            data = saml.member_name_fields(data)
        user = super().populate_user(request, sociallogin, data)
        believed = sso_email_trusted(sociallogin)
        for address in sociallogin.email_addresses:
            address.verified = believed
        return user

    def is_email_verified(self, provider, email) -> bool:
        # allauth's own "verified_email" app setting would mark every address verified: not used.
        return False

    def authenticate_by_email(self, sociallogin):
        if not sso_email_trusted(sociallogin):
            return None
        return super().authenticate_by_email(sociallogin)

    def is_open_for_signup(self, request, sociallogin) -> bool:
        email = claimed_email(sociallogin)
        if not email or not email_domain_allowed(email):
            raise render_sso_refusal(
                request,
                "domain_refused.html",
                email=email,
                domain=email.rsplit("@", 1)[-1] if email else "",
            )
        if EmailAddress.objects.filter(email__iexact=email).exists() or _member_with_email(email):
            # Not linked (the email is not believed), so say so: no "confirmation sent" page and no
            # email to the real owner.
            logger.warning(
                "SSO login from %s (uid %s) not linked to the existing member with %s: email not trusted",
                sociallogin.provider.id,
                sociallogin.account.uid,
                email,
            )
            raise render_sso_refusal(request, "not_linked.html", email=email, provider=sociallogin.provider)
        return True

    def on_authentication_error(self, request, provider, error=None, exception=None, extra_context=None):
        if getattr(provider, "id", None) == "saml" and extra_context is not None:
            saml.explain_refusal(provider, extra_context)
        if isinstance(exception, requests.RequestException):
            raise sso_unavailable_response(request, provider, exception)
        if exception is not None or error is not None:
            logger.warning("SSO sign-in with %s failed: %s %r", getattr(provider, "id", provider), error, exception)
        return super().on_authentication_error(request, provider, error, exception, extra_context)


def _member_with_email(email: str) -> bool:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(email__iexact=email).exists()


def sso_unavailable_response(request, provider, exception) -> ImmediateHttpResponse:
    logger.error("SSO provider %s unreachable: %r", getattr(provider, "id", provider), exception)
    response = render_sso_refusal(request, "unavailable.html").response
    response.status_code = 503
    return ImmediateHttpResponse(response)
