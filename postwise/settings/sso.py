"""Single sign-on, configured entirely from the environment. Each provider is off until set."""

from .env import env_str
from .saml import saml_app


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
                        "settings": {"server_url": env_str("OIDC_SERVER_URL")},
                    }
                ]
            }
        if env_str("MICROSOFT_CLIENT_ID"):
            providers["microsoft"] = {
                "APPS": [
                    {
                        "client_id": env_str("MICROSOFT_CLIENT_ID"),
                        "secret": env_str("MICROSOFT_CLIENT_SECRET"),
                        "settings": {"tenant": env_str("MICROSOFT_TENANT", "organizations")},
                    }
                ]
            }
        if env_str("SAML_IDP_ENTITY_ID"):
            providers["saml"] = {"APPS": [saml_app()]}
        return providers


sso_providers = SsoProviders()
