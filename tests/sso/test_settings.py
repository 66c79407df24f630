"""The email-trust defaults each provider gets from the environment (postwise/settings/sso.py)."""

import pytest
from allauth.socialaccount.adapter import get_adapter
from django.core.exceptions import ImproperlyConfigured

from community.adapters import sso_email_trusted
from postwise.settings.sso import SsoProviders


def app(providers: dict, name: str) -> dict:
    return providers[name]["APPS"][0]["settings"]


def test_the_organisations_own_idps_are_trusted_and_entra_id_is_not_by_default(monkeypatch):
    for name, value in {
        "OIDC_CLIENT_ID": "c",
        "MICROSOFT_CLIENT_ID": "m",
        "SAML_IDP_ENTITY_ID": "https://idp.example.org",
    }.items():
        monkeypatch.setenv(name, value)
    providers = SsoProviders().provider_settings()
    assert app(providers, "openid_connect")["email_trusted"] is True
    assert app(providers, "microsoft")["email_trusted"] is False
    assert app(providers, "saml")["email_trusted"] is True


@pytest.mark.parametrize("tenant", ["organizations", "common", "Consumers"])
def test_entra_id_cannot_be_trusted_for_email_across_tenants(monkeypatch, tenant):
    monkeypatch.setenv("MICROSOFT_CLIENT_ID", "m")
    monkeypatch.setenv("MICROSOFT_TENANT", tenant)
    monkeypatch.setenv("MICROSOFT_EMAIL_TRUSTED", "true")
    with pytest.raises(ImproperlyConfigured, match="own tenant ID"):
        SsoProviders().provider_settings()


def test_entra_id_with_its_own_tenant_may_be_trusted(monkeypatch):
    monkeypatch.setenv("MICROSOFT_CLIENT_ID", "m")
    monkeypatch.setenv("MICROSOFT_TENANT", "0b5c6e1a-1111-2222-3333-444455556666")
    monkeypatch.setenv("MICROSOFT_EMAIL_TRUSTED", "true")
    assert app(SsoProviders().provider_settings(), "microsoft")["email_trusted"] is True


@pytest.mark.django_db
@pytest.mark.parametrize("trusted", [False, True])
def test_an_entra_id_mail_is_believed_only_when_the_app_is_trusted(rf, settings, trusted):
    settings.SOCIALACCOUNT_PROVIDERS = {
        "microsoft": {
            "APPS": [{"client_id": "m", "secret": "s", "settings": {"tenant": "t", "email_trusted": trusted}}]
        }
    }
    request = rf.get("/")
    provider = get_adapter().get_provider(request, "microsoft")
    # The shape of Microsoft Graph's /me answer, parsed by allauth's own provider.
    login = provider.sociallogin_from_response(request, {"id": "entra-1", "mail": "NewStarter@example.org"})
    assert sso_email_trusted(login) is trusted
    assert [(a.email, a.verified) for a in login.email_addresses] == [("newstarter@example.org", trusted)]
