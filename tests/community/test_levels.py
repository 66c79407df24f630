import datetime

import pytest
from django.utils import timezone

from community.factories import MemberFactory, OfficialAccountFactory
from community.levels import Level, level_of
from community.models import OfficialAccount
from courses.licences.factories import LicenceFactory, LicenceTypeFactory
from courses.licences.models import Licence

TODAY = timezone.localdate()


@pytest.mark.django_db
def test_an_active_member_with_no_records_is_basic():
    assert level_of(MemberFactory()) == Level.BASIC


@pytest.mark.django_db
def test_anonymous_and_inactive_people_have_no_level():
    from django.contrib.auth.models import AnonymousUser

    assert level_of(AnonymousUser()) is None
    assert level_of(MemberFactory(is_active=False)) is None


@pytest.mark.django_db
def test_a_valid_licence_makes_a_corporate_user():
    member = MemberFactory()
    LicenceFactory(holder=member)
    assert level_of(member) == Level.CORPORATE_USER


@pytest.mark.django_db
@pytest.mark.parametrize("status", [Licence.Status.PENDING, Licence.Status.SUSPENDED, Licence.Status.REVOKED])
def test_a_licence_that_is_not_active_does_not_count(status):
    member = MemberFactory()
    LicenceFactory(holder=member, status=status)
    assert level_of(member) == Level.BASIC


@pytest.mark.django_db
def test_a_licence_stops_counting_on_its_expiry_date_without_anyone_acting():
    member = MemberFactory()
    licence = LicenceFactory(holder=member, issued_on=TODAY - datetime.timedelta(days=365), expires_on=TODAY)
    assert licence.status == Licence.Status.ACTIVE
    assert level_of(member) == Level.BASIC
    assert level_of(member, day=TODAY - datetime.timedelta(days=1)) == Level.CORPORATE_USER


@pytest.mark.django_db
def test_a_licence_issued_in_the_future_does_not_count_yet():
    member = MemberFactory()
    LicenceFactory(holder=member, issued_on=TODAY + datetime.timedelta(days=1))
    assert level_of(member) == Level.BASIC


@pytest.mark.django_db
def test_a_licence_type_that_grants_no_level_does_not_count():
    member = MemberFactory()
    LicenceFactory(holder=member, licence_type=LicenceTypeFactory(name="First aid", grants_corporate_level=False))
    assert level_of(member) == Level.BASIC


@pytest.mark.django_db
def test_a_licensed_manager_of_an_approved_account_is_an_account_manager():
    member = MemberFactory()
    LicenceFactory(holder=member)
    OfficialAccountFactory(managers=[member])
    assert level_of(member) == Level.ACCOUNT_MANAGER


@pytest.mark.django_db
def test_a_licensed_manager_of_an_active_account_is_an_account_manager():
    member = MemberFactory()
    LicenceFactory(holder=member)
    OfficialAccountFactory(managers=[member], status=OfficialAccount.Status.ACTIVE)
    assert level_of(member) == Level.ACCOUNT_MANAGER


@pytest.mark.django_db
def test_managing_an_account_without_a_licence_is_still_basic():
    member = MemberFactory()
    OfficialAccountFactory(managers=[member])
    assert level_of(member) == Level.BASIC


@pytest.mark.django_db
@pytest.mark.parametrize(
    "status", [OfficialAccount.Status.PROPOSED, OfficialAccount.Status.SUSPENDED, OfficialAccount.Status.RETIRED]
)
def test_managing_an_account_that_is_not_approved_does_not_count(status):
    member = MemberFactory()
    LicenceFactory(holder=member)
    OfficialAccountFactory(managers=[member], status=status)
    assert level_of(member) == Level.CORPORATE_USER


@pytest.mark.django_db
def test_the_level_follows_the_records_as_they_change():
    member = MemberFactory()
    licence = LicenceFactory(holder=member)
    assert level_of(member) == Level.CORPORATE_USER
    Licence.objects.filter(pk=licence.pk).update(status=Licence.Status.REVOKED)
    assert level_of(member) == Level.BASIC


@pytest.mark.django_db
def test_the_level_costs_one_query(django_assert_num_queries):
    member = MemberFactory()
    with django_assert_num_queries(1):
        level_of(member)


def test_level_labels():
    assert [level.label for level in Level] == ["Basic", "Corporate user", "Account manager"]
