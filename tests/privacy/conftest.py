import pytest

from community.factories import MemberFactory
from community.roles import Role


@pytest.fixture
def dpo(db):
    return MemberFactory(email="dpo@example.org", roles=(Role.DATA_PROTECTION,))
