"""A manager's licence lapses, is suspended or revoked: the register shows "no licensed manager" and the
coordinators are told once, in the site and by email. The daily check runs on a fixed (frozen) date."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command

from community.factories import MemberFactory, OfficialAccountFactory
from community.models import OfficialAccount
from community.notifications.models import Notification
from community.registers.models import ManagerLapse
from community.registers.selectors import with_licence_facts
from community.registers.services import find_lapses
from community.roles import Role
from courses.licences.factories import LicenceFactory
from courses.licences.models import Licence
from courses.licences.services import change_status
from tests.community.mfa_helpers import sign_in_with_totp

pytestmark = pytest.mark.django_db

FROZEN = datetime.date(2027, 3, 1)


@pytest.fixture
def coordinators(db):
    return [MemberFactory(email=f"coord{n}@example.org", roles=(Role.COORDINATOR,)) for n in range(2)]


@pytest.fixture
def expiring_manager(db):
    """Licensed until the frozen day: on FROZEN the licence has lapsed."""
    member = MemberFactory(email="expiring@example.org", first_name="Eli", last_name="Expiring")
    LicenceFactory(holder=member, issued_on=datetime.date(2026, 3, 1), expires_on=FROZEN)
    return member


def has_licensed_manager(account, day):
    return with_licence_facts(OfficialAccount.objects.filter(pk=account.pk), day=day).get().has_licensed_manager


def lapse_news():
    return Notification.objects.filter(kind=Notification.Kind.ACCOUNT_LAPSE)


def test_the_daily_check_finds_an_expired_licence_once(coordinators, expiring_manager):
    account = OfficialAccountFactory(
        status=OfficialAccount.Status.ACTIVE, name="Libraries", managers=[expiring_manager]
    )
    the_day_before = FROZEN - datetime.timedelta(days=1)
    assert has_licensed_manager(account, the_day_before)
    call_command("find_manager_lapses", date=the_day_before.isoformat())
    assert ManagerLapse.objects.count() == 0 and mail.outbox == []

    call_command("find_manager_lapses", date=FROZEN.isoformat())

    assert not has_licensed_manager(account, FROZEN)
    lapse = ManagerLapse.objects.get()
    assert (lapse.account, lapse.member, lapse.detected_on, lapse.resolved_on) == (
        account,
        expiring_manager,
        FROZEN,
        None,
    )
    assert sorted(n.recipient.email for n in lapse_news()) == sorted(c.email for c in coordinators)
    assert "Eli Expiring" in lapse_news().first().message
    assert sorted(m.to[0] for m in mail.outbox) == sorted(c.email for c in coordinators)
    assert "Libraries" in mail.outbox[0].subject

    # Run again (the next day too): nobody is told twice about the same lapse.
    call_command("find_manager_lapses", date=FROZEN.isoformat())
    call_command("find_manager_lapses", date=(FROZEN + datetime.timedelta(days=1)).isoformat())
    assert ManagerLapse.objects.count() == 1
    assert lapse_news().count() == 2 and len(mail.outbox) == 2


def test_a_renewed_licence_ends_the_lapse_and_a_later_lapse_is_told_again(coordinators, expiring_manager):
    OfficialAccountFactory(status=OfficialAccount.Status.ACTIVE, managers=[expiring_manager])
    find_lapses(today=FROZEN)
    Licence.objects.filter(holder=expiring_manager).update(expires_on=FROZEN + datetime.timedelta(days=30))

    find_lapses(today=FROZEN + datetime.timedelta(days=1))
    assert ManagerLapse.objects.get().resolved_on == FROZEN + datetime.timedelta(days=1)

    find_lapses(today=FROZEN + datetime.timedelta(days=30))
    assert ManagerLapse.objects.filter(resolved_on__isnull=True).count() == 1
    assert lapse_news().count() == 2 * len(coordinators)


def test_proposed_and_retired_accounts_are_not_watched(coordinators, expiring_manager):
    for status in (OfficialAccount.Status.PROPOSED, OfficialAccount.Status.RETIRED):
        OfficialAccountFactory(status=status, managers=[expiring_manager])
    assert find_lapses(today=FROZEN) == 0


@pytest.mark.parametrize("change", ["suspend", "revoke"])
def test_suspending_or_revoking_a_licence_tells_the_coordinators_at_once(change, coordinators, champion):
    manager = MemberFactory(email="mgr@example.org")
    licence = LicenceFactory(holder=manager)
    account = OfficialAccountFactory(status=OfficialAccount.Status.ACTIVE, managers=[manager])
    assert has_licensed_manager(account, licence.issued_on + datetime.timedelta(days=1))

    change_status(
        licence_id=licence.pk, change=change, by=champion, reason="Posted a resident's address.", today=FROZEN
    )

    assert ManagerLapse.objects.filter(account=account, member=manager, resolved_on__isnull=True).exists()
    assert lapse_news().count() == len(coordinators)
    to = {message.to[0] for message in mail.outbox}
    assert {c.email for c in coordinators} <= to  # the holder is emailed about the licence too

    change_status(licence_id=licence.pk, change="reinstate", by=champion, reason="Retrained.", today=FROZEN)
    assert not ManagerLapse.objects.filter(resolved_on__isnull=True).exists()


def test_the_register_shows_no_licensed_manager(client, coordinator, lapsed_member):
    OfficialAccountFactory(status=OfficialAccount.Status.ACTIVE, name="Lapsed libraries", managers=[lapsed_member])
    sign_in_with_totp(client, coordinator)

    response = client.get("/admin/snippets/community/officialaccount/?no_licensed_manager=true")

    assert response.status_code == 200
    assert "Lapsed libraries" in response.content.decode()
    assert "No licensed manager" in response.content.decode()
