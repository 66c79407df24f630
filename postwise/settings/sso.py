"""Single sign-on, configured entirely from the environment. Each provider is off until set."""

from django.core.exceptions import ImproperlyConfigured

from .env import env_bool, env_str
from .saml import saml_app

# Entra ID tenant values that admit accounts from any tenant: any tenant's administrator can put any
# address in a user's `mail`, so such an app must never be trusted for email (the "nOAuth" problem).
MULTI_TENANT = {"common", "organizations", "consumers"}


class SsoProviders:
    """Builds allauth's SOCIALACCOUNT_PROVIDERS from OIDC_*, MICROSOFT_* and SAML_* variables."""

    apps = [
        "allauth.socialaccount.providers.openid_connect",
        "allauth.socialaccount.providers.microsoft",
        "allauth.socialaccount.providers.saml",
    ]

    def installed_apps(self) -> list[str]:
        return list(self.apps)

    def provider_settings(self) -> dict:
        providers: dict = {}
        if env_str("OIDC_CLIENT_ID"):
            providers["openid_connect"] = {
                "APPS": [
                    {
                        "provider_id": env_str("OIDC_PROVIDER_ID", "organisation"),
                        "name": env_str("OIDC_NAME", "Organisation sign-in"),
                        "client_id": env_str("OIDC_CLIENT_ID"),
                        "secret": env_str("OIDC_CLIENT_SECRET"),
                        "settings": {
                            "server_url": env_str("OIDC_SERVER_URL"),
                            # The organisation's own IdP: its email_verified claim is believed.
                            "email_trusted": env_bool("OIDC_EMAIL_TRUSTED", True),
                        },
                    }
                ]
            }
        if env_str("MICROSOFT_CLIENT_ID"):
            tenant = env_str("MICROSOFT_TENANT", "organizations")
            microsoft_trusted = env_bool("MICROSOFT_EMAIL_TRUSTED", False)
            if microsoft_trusted and tenant.lower() in MULTI_TENANT:
                raise ImproperlyConfigured(
                    "MICROSOFT_EMAIL_TRUSTED needs MICROSOFT_TENANT set to your own tenant ID, not "
                    f"{tenant!r}: any tenant could otherwise claim your members' email addresses."
                )
            providers["microsoft"] = {
                "APPS": [
                    {
                        "client_id": env_str("MICROSOFT_CLIENT_ID"),
                        "secret": env_str("MICROSOFT_CLIENT_SECRET"),
                        "settings": {"tenant": tenant, "email_trusted": microsoft_trusted},
                    }
                ]
            }
        if env_str("SAML_IDP_ENTITY_ID"):
            providers["saml"] = {"APPS": [saml_app()]}
        return providers


sso_providers = SsoProviders()
