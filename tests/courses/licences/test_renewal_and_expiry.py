import datetime

import pytest

from community.factories import MemberFactory
from community.levels import Level, level_of
from courses.licences.factories import LicenceFactory, LicenceTypeFactory
from courses.licences.models import Licence
from courses.licences.services import GrantOutcome, grant_for_pass

pytestmark = pytest.mark.django_db

ISSUED = datetime.date(2026, 1, 15)
EXPIRES = datetime.date(2027, 1, 15)


@pytest.fixture
def licence():
    return LicenceFactory(issued_on=ISSUED, expires_on=EXPIRES, licence_type=LicenceTypeFactory(renewal_window_days=30))


def test_a_licence_expires_on_its_date_without_anyone_acting(licence):
    holder = licence.holder
    assert level_of(holder, day=EXPIRES - datetime.timedelta(days=1)) == Level.CORPORATE_USER
    assert level_of(holder, day=EXPIRES) == Level.BASIC
    assert licence.status_on(EXPIRES) == "Expired"
    assert licence.status_on(EXPIRES - datetime.timedelta(days=1)) == "Active"
    assert not Licence.objects.valid_on(EXPIRES).exists()


def test_a_pass_inside_the_renewal_window_extends_without_a_gap(licence):
    today = EXPIRES - datetime.timedelta(days=10)
    grant = grant_for_pass(holder=licence.holder, licence_type=licence.licence_type, today=today)
    assert grant.outcome == GrantOutcome.RENEWED
    licence.refresh_from_db()
    assert licence.issued_on == ISSUED
    assert licence.expires_on == datetime.date(2028, 1, 15)
    assert Licence.objects.valid_on(EXPIRES).filter(pk=licence.pk).exists()
    entry = licence.status_changes.get()
    assert (entry.event, entry.from_status, entry.to_status) == ("renewed", "active", "active")


def test_a_pass_before_the_window_changes_nothing(licence):
    today = EXPIRES - datetime.timedelta(days=31)
    grant = grant_for_pass(holder=licence.holder, licence_type=licence.licence_type, today=today)
    assert grant.outcome == GrantOutcome.ALREADY_HELD
    licence.refresh_from_db()
    assert licence.expires_on == EXPIRES
    assert not licence.status_changes.exists()


def test_a_pass_after_expiry_issues_a_new_licence_and_closes_the_old(licence):
    today = EXPIRES + datetime.timedelta(days=40)
    grant = grant_for_pass(holder=licence.holder, licence_type=licence.licence_type, today=today)
    assert grant.outcome == GrantOutcome.ISSUED
    assert grant.licence.pk != licence.pk
    assert (grant.licence.issued_on, grant.licence.expires_on) == (today, datetime.date(2028, 2, 24))
    licence.refresh_from_db()
    assert licence.status == Licence.Status.EXPIRED
    assert licence.status_changes.get().event == "expired"
    assert level_of(licence.holder, day=today) == Level.CORPORATE_USER


@pytest.mark.parametrize("status", [Licence.Status.SUSPENDED, Licence.Status.PENDING])
def test_a_pass_does_not_lift_a_suspension_or_skip_approval(status):
    licence = LicenceFactory(status=status)
    grant = grant_for_pass(holder=licence.holder, licence_type=licence.licence_type, today=licence.issued_on)
    assert grant.outcome in (GrantOutcome.BLOCKED, GrantOutcome.AWAITING_APPROVAL)
    licence.refresh_from_db()
    assert licence.status == status


def test_an_approval_type_starts_pending():
    licence_type = LicenceTypeFactory(name="Account manager licence", requires_approval=True)
    member = MemberFactory()
    grant = grant_for_pass(
        holder=member,
        licence_type=licence_type,
        today=ISSUED,
        business_reason="Runs the parks account.",
        line_manager="Jo",
    )
    assert grant.outcome == GrantOutcome.AWAITING_APPROVAL
    assert grant.licence.status == Licence.Status.PENDING
    assert grant.licence.status_changes.get().event == "requested"
    assert level_of(member, day=ISSUED) == Level.BASIC
