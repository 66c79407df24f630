"""Shared fixtures: one member per role and level, so every access test covers all seven."""

import time

import pytest
import time_machine
from django.core.cache import cache

from community.factories import MemberFactory, OfficialAccountFactory
from community.roles import Role
from courses.licences.factories import LicenceFactory

ROLE_NAMES = ["anonymous", "basic", "corporate", "manager", "champion", "coordinator", "techsupport"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits live in the cache: each test starts with none used.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def still_clock():
    """The clock held still, for a test that counts requests up to a rate limit.

    The limiter's windows are fixed (`community.rate_limits`): each ends at a set second and the count starts
    again. A test whose requests straddle that second would find its count reset; on a loaded machine a loop
    of twenty requests can take seconds, and one did (`make test-stress`)."""
    with time_machine.travel(time.time(), tick=False) as traveller:
        yield traveller


@pytest.fixture
def basic_member(db):
    return MemberFactory(email="basic@example.org")


@pytest.fixture
def corporate_member(db):
    member = MemberFactory(email="corporate@example.org")
    LicenceFactory(holder=member)
    return member


@pytest.fixture
def account_manager(db):
    member = MemberFactory(email="manager@example.org")
    LicenceFactory(holder=member)
    OfficialAccountFactory(managers=[member])
    return member


@pytest.fixture
def champion(db):
    return MemberFactory(email="champion@example.org", roles=(Role.CHAMPION,))


@pytest.fixture
def coordinator(db):
    return MemberFactory(email="coordinator@example.org", roles=(Role.COORDINATOR,))


@pytest.fixture
def tech_support(db):
    return MemberFactory(email="techsupport@example.org", roles=(Role.TECH_SUPPORT,))


@pytest.fixture
def member_for_role(request, db):
    """`member_for_role("champion")` gives that role's member; "anonymous" gives None."""
    fixtures = {
        "basic": "basic_member",
        "corporate": "corporate_member",
        "manager": "account_manager",
        "champion": "champion",
        "coordinator": "coordinator",
        "techsupport": "tech_support",
    }

    def get(role_name: str):
        if role_name == "anonymous":
            return None
        return request.getfixturevalue(fixtures[role_name])

    return get


@pytest.fixture
def client_for_role(client, member_for_role):
    """A test client logged in as the role's member (anonymous stays logged out)."""

    def get(role_name: str):
        member = member_for_role(role_name)
        if member is not None:
            client.force_login(member)
        return client

    return get
