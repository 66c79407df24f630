"""Fixtures for SAML sign-in against the test IdP (tests/saml/idp.py), for test-client and browser journeys."""

from urllib.parse import urlparse

import pytest
from saml2.xmldsig import DIGEST_SHA256, SIG_RSA_SHA256

from postwise.settings.sso import sso_providers
from tests.saml.idp import SamlIdp

SLUG = "council"
LOGIN_PATH = f"/accounts/saml/{SLUG}/login/"
METADATA_PATH = f"/accounts/saml/{SLUG}/metadata/"


@pytest.fixture(scope="module")
def saml_idp():
    idp = SamlIdp().start()
    yield idp
    idp.stop()


@pytest.fixture
def saml_sp(settings, monkeypatch, saml_idp):
    """Postwise configured from SAML_* variables, as the README says, against the test IdP (trusted)."""

    def configure(**env: str) -> None:
        variables = {
            "SAML_IDP_ENTITY_ID": saml_idp.entity_id,
            "SAML_IDP_METADATA_URL": saml_idp.metadata_url,
            "SAML_ORGANISATION_SLUG": SLUG,
            "SAML_NAME": "Example Council account",
            "SAML_EMAIL_TRUSTED": "true",
            **env,
        }
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        settings.SOCIALACCOUNT_PROVIDERS = sso_providers.provider_settings()

    saml_idp.users.clear()
    saml_idp.pending.clear()
    saml_idp.sign_alg, saml_idp.digest_alg = SIG_RSA_SHA256, DIGEST_SHA256
    configure()
    return configure


@pytest.fixture
def saml_sign_in(client, saml_idp, saml_sp):
    """`saml_sign_in(username)` runs the whole SP-initiated journey with Django's test client and the
    IdP over HTTP: start at Postwise, sign in at the IdP, post its signed response to the ACS.
    Returns the response of the ACS's finishing step (where Postwise answers)."""

    # python3-saml refuses URLs on a single-label host such as Django's "testserver".
    client.defaults["HTTP_HOST"] = "localhost"

    def sign_in(username: str):
        saml_idp.trust_sp(client.get(METADATA_PATH).content.decode())
        start = client.post(LOGIN_PATH, {"process": "login"})
        assert start.status_code == 302, start.content
        action, fields = saml_idp.sign_in(start["Location"], username)
        acs = client.post(urlparse(action).path, fields)
        assert acs.status_code == 302, acs.content
        return client.get(acs["Location"])

    return sign_in
