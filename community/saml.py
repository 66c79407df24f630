"""SAML-specific parts of single sign-on: which name to believe, and saying why a response was refused."""

import logging

logger = logging.getLogger("postwise.sso")

SHA1_REFUSED = (
    "Your organisation's sign-in service signed its answer with SHA-1, an old method that Postwise "
    "does not accept. Ask your IT team to sign SAML responses with SHA-256."
)


def member_name_fields(data: dict) -> dict:
    """The fields to fill the member from. A whole-name attribute holding an address (Entra ID and
    ADFS send the user principal name under the `.../claims/name` URI) is not a name: drop it."""
    if "@" in str(data.get("name") or ""):
        return {key: value for key, value in data.items() if key != "name"}
    return data


def uses_sha1(reason: str) -> bool:
    # python3-saml's messages: "Deprecated signature algorithm found: …#rsa-sha1" and
    # "Deprecated digest algorithm found: …#sha1".
    return reason.startswith(("Deprecated signature algorithm found", "Deprecated digest algorithm found"))


def explain_refusal(provider, extra_context: dict) -> None:
    """Log why the ACS refused a response, and put a sentence for the person on the error page."""
    reason = str(extra_context.get("saml_last_error_reason") or "")
    if not reason:
        return
    if uses_sha1(reason):
        logger.error(
            "SAML response from %s refused: it is signed with SHA-1 (%s). Postwise requires SHA-256 "
            "(signature RSA-SHA256, digest SHA-256): set the IdP's signing algorithm to SHA-256.",
            provider.app.provider_id,
            reason,
        )
        extra_context["sso_refusal"] = SHA1_REFUSED
    else:
        logger.error("SAML response from %s refused: %s", provider.app.provider_id, reason)
