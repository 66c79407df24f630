import datetime

import pytest
from django.db import IntegrityError, transaction

from community.levels import Level, level_of
from community.refusals import Refused
from courses.licences.factories import LicenceFactory
from courses.licences.models import Licence
from courses.licences.services import change_status

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 1)


@pytest.fixture
def licence():
    return LicenceFactory(issued_on=datetime.date(2026, 1, 1), expires_on=datetime.date(2027, 1, 1))


def test_revoke_then_reinstate_leaves_an_audit_entry_each(licence, champion):
    change_status(
        licence_id=licence.pk, change="revoke", by=champion, reason="Posted a resident's address.", today=TODAY
    )
    assert level_of(licence.holder, day=TODAY) == Level.BASIC
    change_status(licence_id=licence.pk, change="reinstate", by=champion, reason="Appeal upheld.", today=TODAY)
    assert level_of(licence.holder, day=TODAY) == Level.CORPORATE_USER
    trail = list(
        licence.status_changes.order_by("pk").values_list("event", "from_status", "to_status", "changed_by", "reason")
    )
    assert trail == [
        ("revoked", "active", "revoked", champion.pk, "Posted a resident's address."),
        ("reinstated", "revoked", "active", champion.pk, "Appeal upheld."),
    ]
    assert all(entry.changed_at for entry in licence.status_changes.all())


def test_suspend_needs_a_reason(licence, champion):
    with pytest.raises(Refused, match="Give a reason to suspend"):
        change_status(licence_id=licence.pk, change="suspend", by=champion, reason="  ", today=TODAY)
    licence.refresh_from_db()
    assert licence.status == Licence.Status.ACTIVE
    assert not licence.status_changes.exists()


def test_a_change_that_does_not_fit_the_status_is_refused(licence, champion):
    with pytest.raises(Refused, match="is active, so you cannot reinstate it"):
        change_status(licence_id=licence.pk, change="reinstate", by=champion, reason="Why not", today=TODAY)
    with pytest.raises(Refused, match="cannot approve"):
        change_status(licence_id=licence.pk, change="approve", by=champion, reason="", today=TODAY)


def test_approval_starts_the_licence_on_the_day(champion):
    licence = LicenceFactory(status=Licence.Status.PENDING)
    change_status(licence_id=licence.pk, change="approve", by=champion, reason="", today=TODAY)
    licence.refresh_from_db()
    assert (licence.status, licence.issued_on, licence.expires_on) == ("active", TODAY, datetime.date(2027, 6, 1))
    assert licence.status_changes.get().event == "approved"


def test_reinstating_when_a_newer_licence_is_current_is_refused_clearly(licence, champion):
    change_status(licence_id=licence.pk, change="revoke", by=champion, reason="Breach.", today=TODAY)
    LicenceFactory(holder=licence.holder, licence_type=licence.licence_type)
    with pytest.raises(Refused, match="already has another current licence"):
        change_status(licence_id=licence.pk, change="reinstate", by=champion, reason="Mistake.", today=TODAY)
    licence.refresh_from_db()
    assert licence.status == Licence.Status.REVOKED
    assert licence.status_changes.count() == 1


def test_one_current_licence_per_holder_and_type_is_a_database_rule(licence):
    with pytest.raises(IntegrityError), transaction.atomic():
        LicenceFactory(holder=licence.holder, licence_type=licence.licence_type, status=Licence.Status.PENDING)
