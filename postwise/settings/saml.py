"""The SAML 2.0 app for allauth, from SAML_* variables. The README's "SAML 2.0" section explains each choice."""

from .env import env_bool, env_list, env_str

NAMEID_PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
MS_CLAIMS = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims"

# Attribute names tried in order for each member field, so that the usual IdPs work unconfigured:
# the LDAP/eduPerson OIDs (Shibboleth, SimpleSAMLphp, Keycloak with "URI" names), the claim URIs of
# Microsoft Entra ID and ADFS, and the short names that Okta, Google and Keycloak send by default.
EMAIL_ATTRIBUTES = [
    "urn:oid:0.9.2342.19200300.100.1.3",
    f"{MS_CLAIMS}/emailaddress",
    "email",
    "mail",
    "emailAddress",
]
FIRST_NAME_ATTRIBUTES = [
    "urn:oid:2.5.4.42",
    f"{MS_CLAIMS}/givenname",
    "givenName",
    "first_name",
    "firstName",
]
LAST_NAME_ATTRIBUTES = [
    "urn:oid:2.5.4.4",
    f"{MS_CLAIMS}/surname",
    "sn",
    "surname",
    "last_name",
    "lastName",
]
# A whole name, split at its first space, used only when no given name and surname came.
FULL_NAME_ATTRIBUTES = [
    "urn:oid:2.16.840.1.113730.3.1.241",
    "http://schemas.microsoft.com/identity/claims/displayname",
    f"{MS_CLAIMS}/name",
    "displayName",
    "name",
]
EMAIL_VERIFIED_ATTRIBUTES = ["http://schemas.auth0.com/email_verified", "email_verified"]


def with_override(override: list[str], defaults: list[str]) -> list[str]:
    """The names set in the environment come first; the defaults still apply after them."""
    return [*override, *(name for name in defaults if name not in override)]


def saml_app() -> dict:
    """One SocialApp: the IdP from its metadata URL; the member is keyed on the persistent NameID."""
    uid_attribute = env_str("SAML_ATTRIBUTE_UID")
    attribute_mapping = {
        "email": with_override(env_list("SAML_ATTRIBUTE_EMAIL"), EMAIL_ATTRIBUTES),
        "email_verified": EMAIL_VERIFIED_ATTRIBUTES,
        "first_name": with_override(env_list("SAML_ATTRIBUTE_FIRST_NAME"), FIRST_NAME_ATTRIBUTES),
        "last_name": with_override(env_list("SAML_ATTRIBUTE_LAST_NAME"), LAST_NAME_ATTRIBUTES),
        "name": FULL_NAME_ATTRIBUTES,
    }
    if uid_attribute:
        # Without a "uid" entry allauth uses the NameID, which is what we want by default.
        attribute_mapping["uid"] = [uid_attribute]
    return {
        "name": env_str("SAML_NAME", "Organisation SAML sign-in"),
        "provider_id": env_str("SAML_IDP_ENTITY_ID"),
        "client_id": env_str("SAML_ORGANISATION_SLUG", "organisation"),
        "settings": {
            "attribute_mapping": attribute_mapping,
            # The organisation's own directory: its addresses are believed (see the README's linking policy).
            "email_trusted": env_bool("SAML_EMAIL_TRUSTED", True),
            "idp": {
                "entity_id": env_str("SAML_IDP_ENTITY_ID"),
                "metadata_url": env_str("SAML_IDP_METADATA_URL"),
            },
            "advanced": {
                # Ask for a persistent NameID, and refuse a response without one when it is the uid.
                "name_id_format": NAMEID_PERSISTENT,
                "want_name_id": not uid_attribute,
                # SHA-1 signatures and digests are refused (python3-saml's deprecated algorithms).
                "reject_deprecated_algorithm": True,
                # An empty string leaves validUntil out of the SP metadata (python3-saml would
                # otherwise stamp it two days ahead, and IdPs that honour it would drop Postwise).
                "metadata_valid_until": "",
            },
        },
    }
