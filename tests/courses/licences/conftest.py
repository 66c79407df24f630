import pytest

from tests.community.mfa_helpers import sign_in_with_totp

ADMIN_ROLES = {"champion", "coordinator", "techsupport"}


@pytest.fixture
def admin_client_for_role(client_for_role, member_for_role):
    """Like client_for_role, but role holders signed in with TOTP, so the admin lets them in."""

    def get(role_name: str):
        client = client_for_role(role_name)
        if role_name in ADMIN_ROLES:
            sign_in_with_totp(client, member_for_role(role_name))
        return client

    return get
