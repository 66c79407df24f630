import pytest

from tests.community.mfa_helpers import activate_totp

ADMIN_ROLES = {"champion", "coordinator", "techsupport"}


@pytest.fixture
def admin_client_for_role(client_for_role, member_for_role):
    """Like client_for_role, but role holders have set up TOTP so the admin lets them in."""

    def get(role_name: str):
        if role_name in ADMIN_ROLES:
            activate_totp(member_for_role(role_name))
        return client_for_role(role_name)

    return get
