"""Status transitions: only the allowed ones, each recorded; refused ones write nothing. Managers must be licensed."""

import datetime
import importlib

import pytest
from django.utils import timezone

from community.factories import OfficialAccountFactory
from community.models import OfficialAccount
from community.refusals import Refused
from community.registers import services
from community.registers.models import ManagerPeriod, StatusChange

pytestmark = pytest.mark.django_db
Status = OfficialAccount.Status


def state(account):
    account.refresh_from_db()
    return account.status, StatusChange.objects.count(), sorted(account.managers.values_list("pk", flat=True))


@pytest.mark.parametrize(
    ("start", "to"),
    [
        (Status.PROPOSED, Status.APPROVED),
        (Status.PROPOSED, Status.RETIRED),
        (Status.APPROVED, Status.ACTIVE),
        (Status.ACTIVE, Status.SUSPENDED),
        (Status.SUSPENDED, Status.ACTIVE),
        (Status.ACTIVE, Status.RETIRED),
    ],
)
def test_an_allowed_transition_is_recorded_with_who_when_and_why(start, to, account, coordinator):
    OfficialAccount.objects.filter(pk=account.pk).update(status=start)

    services.change_status(account_id=account.pk, to_status=to, by=coordinator, reason="Agreed at the review.")

    account.refresh_from_db()
    assert account.status == to
    change = StatusChange.objects.get(account=account)
    assert (change.from_status, change.to_status, change.changed_by, change.reason) == (
        start,
        to,
        coordinator,
        "Agreed at the review.",
    )
    assert change.changed_at is not None


@pytest.mark.parametrize(
    ("start", "to"),
    [
        (Status.PROPOSED, Status.ACTIVE),
        (Status.PROPOSED, Status.SUSPENDED),
        (Status.APPROVED, Status.SUSPENDED),
        (Status.RETIRED, Status.ACTIVE),
        (Status.RETIRED, Status.PROPOSED),
        (Status.SUSPENDED, Status.APPROVED),
    ],
)
def test_a_refused_transition_writes_nothing(start, to, account, coordinator):
    OfficialAccount.objects.filter(pk=account.pk).update(status=start)
    before = state(account)

    with pytest.raises(Refused) as refused:
        services.change_status(account_id=account.pk, to_status=to, by=coordinator, reason="Let's try.")

    assert "cannot become" in refused.value.message
    assert state(account) == before


def test_a_change_needs_a_reason(account, coordinator):
    before = state(account)
    with pytest.raises(Refused, match="reason"):
        services.change_status(account_id=account.pk, to_status=Status.ACTIVE, by=coordinator, reason="  ")
    assert state(account) == before


def test_only_a_coordinator_changes_status(account, champion, account_manager):
    before = state(account)
    for someone in (champion, account_manager):
        with pytest.raises(Refused):
            services.change_status(account_id=account.pk, to_status=Status.ACTIVE, by=someone, reason="Go live.")
    assert state(account) == before


def test_no_licensed_manager_means_the_account_cannot_become_active(coordinator, lapsed_member, unlicensed_member):
    account = OfficialAccountFactory(status=Status.APPROVED, managers=[lapsed_member, unlicensed_member])
    before = state(account)

    with pytest.raises(Refused, match="without a manager who holds a valid corporate user licence"):
        services.change_status(account_id=account.pk, to_status=Status.ACTIVE, by=coordinator, reason="Go live.")

    assert state(account) == before


def test_the_service_refuses_a_manager_without_a_valid_licence(account, coordinator, lapsed_member):
    before = state(account)
    account.name = "Renamed"
    managers = [*account.managers.all(), lapsed_member]

    with pytest.raises(Refused) as refused:
        services.save_account(account=account, managers=managers, by=coordinator)

    assert refused.value.field == "managers"
    assert lapsed_member.get_full_name() in refused.value.message
    assert state(account) == before
    assert OfficialAccount.objects.get(pk=account.pk).name == "Parks"


def test_a_manager_whose_licence_lapsed_may_stay_while_the_account_is_edited(coordinator, lapsed_member, licensed):
    account = OfficialAccountFactory(status=Status.ACTIVE, managers=[lapsed_member])
    account.name = "Renamed"

    services.save_account(account=account, managers=[lapsed_member, licensed()], by=coordinator)

    assert account.managers.count() == 2


def test_a_new_account_records_its_first_status(coordinator, licensed):
    account = OfficialAccount(platform="x", handle="@NewService", name="New service", status=Status.ACTIVE)

    services.save_account(account=account, managers=[licensed()], by=coordinator)

    change = StatusChange.objects.get(account=account)
    assert (change.from_status, change.to_status) == ("", Status.ACTIVE)


def test_a_new_account_with_only_unlicensed_managers_is_refused_and_nothing_is_saved(coordinator, unlicensed_member):
    account = OfficialAccount(platform="x", handle="@NewService", name="New service", status=Status.PROPOSED)
    with pytest.raises(Refused):
        services.save_account(account=account, managers=[unlicensed_member], by=coordinator)
    assert not OfficialAccount.objects.filter(handle="@NewService").exists()
    assert StatusChange.objects.count() == 0


def test_every_change_of_managers_is_recorded_as_a_management_period(coordinator, licensed):
    """Named → a period opens today; removed → it ends today; named again → a new one; cleared, or removed
    from the member's side → closed too. The admin's save goes through the same record."""
    first, second = licensed(), licensed()
    today = timezone.localdate()
    account = OfficialAccount(platform="x", handle="@periods", name="Periods", status=OfficialAccount.Status.APPROVED)
    services.save_account(account=account, managers=[first, second], by=coordinator, reason="Added.")
    periods = ManagerPeriod.objects.filter(account=account)
    assert set(periods.values_list("member_id", "started_on", "ended_on")) == {
        (first.pk, today, None),
        (second.pk, today, None),
    }
    services.save_account(account=account, managers=[second], by=coordinator)
    assert periods.get(member=first).ended_on == today
    account.managers.add(first)
    assert periods.filter(member=first).count() == 2 and periods.filter(member=first, ended_on=None).count() == 1
    first.managed_accounts.remove(account)
    account.managers.clear()
    assert not periods.filter(ended_on=None).exists()
    assert periods.count() == 3


def test_the_migration_backfills_todays_managers_from_the_accounts_first_status_change(licensed):
    """Before the register kept periods: each of today's managers managed since the account's first recorded
    status change, or since the account was created when it has none."""
    from django.apps import apps

    backfill = importlib.import_module("community.registers.migrations.0004_manager_periods").backfill_periods
    first, second = licensed(), licensed()
    recorded = OfficialAccountFactory(managers=[first, second])
    unrecorded = OfficialAccountFactory(managers=[second])
    change = StatusChange.objects.create(account=recorded, to_status="approved", reason="Added.")
    StatusChange.objects.filter(pk=change.pk).update(changed_at=timezone.make_aware(datetime.datetime(2025, 6, 1, 12)))
    ManagerPeriod.objects.all().delete()
    backfill(apps, None)
    assert set(ManagerPeriod.objects.values_list("account_id", "member_id", "started_on", "ended_on")) == {
        (recorded.pk, first.pk, datetime.date(2025, 6, 1), None),
        (recorded.pk, second.pk, datetime.date(2025, 6, 1), None),
        (unrecorded.pk, second.pk, timezone.localdate(unrecorded.created_at), None),
    }
