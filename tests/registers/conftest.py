import datetime

import pytest
from django.utils import timezone

from community.factories import MemberFactory, OfficialAccountFactory
from community.models import OfficialAccount
from courses.licences.factories import LicenceFactory


@pytest.fixture
def licensed():
    """A new member with a valid corporate user licence."""

    def make(**kwargs):
        member = MemberFactory(**kwargs)
        LicenceFactory(holder=member)
        return member

    return make


@pytest.fixture
def unlicensed_member(db):
    return MemberFactory(email="nolicence@example.org")


@pytest.fixture
def lapsed_member(db):
    """Held a licence that ran out ten days ago."""
    member = MemberFactory(email="lapsed@example.org")
    today = timezone.localdate()
    LicenceFactory(
        holder=member, issued_on=today - datetime.timedelta(days=375), expires_on=today - datetime.timedelta(days=10)
    )
    return member


@pytest.fixture
def account(db, licensed):
    return OfficialAccountFactory(
        platform=OfficialAccount.Platform.X, handle="@ExampleParks", name="Parks", managers=[licensed()]
    )
