from tests.saml.fixtures import saml_idp, saml_sign_in, saml_sp  # noqa: F401 - fixtures
