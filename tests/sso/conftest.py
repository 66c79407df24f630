import pytest

from tests.sso.oidc import running_oidc_provider


@pytest.fixture(scope="session")
def oidc_server():
    """A real OpenID Connect provider (npm oidc-provider) for Django's test client ("testserver")."""
    with running_oidc_provider(["http://testserver/"]) as provider:
        yield provider


@pytest.fixture
def oidc(oidc_server, settings):
    """Postwise configured for the running provider, with its email trusted."""
    settings.SOCIALACCOUNT_PROVIDERS = oidc_server.app_settings()
    return oidc_server
