"""Reads for the register: licence facts about managers, the members' directory and an account's page."""

import base64
import datetime
import json
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from community.models import Member, OfficialAccount
from community.registers.models import Application, ManagerPeriod, StatusChange
from community.roles import Role
from courses.licences.models import Licence

Managed = OfficialAccount.managers.through
DIRECTORY_PAGE_SIZE = 25


def valid_licence(member_ref, *, day: datetime.date) -> Exists:
    """True where the member (an OuterRef to a member id) holds a valid corporate user licence on `day`.

    A deactivated member (a leaver) holds none: their accounts have no licensed manager through them."""
    return Exists(
        Licence.objects.valid_on(day).filter(
            holder_id=member_ref, holder__is_active=True, licence_type__grants_corporate_level=True
        )
    )


def managing_periods(*, member, day: datetime.date) -> QuerySet[ManagerPeriod]:
    """The `postwise_account_managers` hook: `member`'s (an OuterRef) management periods that made them an
    account manager on `day`, reconstructed from the records.

    A period counts from its start until the day before it ended, while its account's status on `day` (the
    last status change made by the end of that day) was approved or active. An account with no recorded
    status change at all (none before the register kept them) counts by its status today."""
    end_of_day = timezone.make_aware(datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min))
    status_then = Subquery(
        StatusChange.objects.filter(account_id=OuterRef("account_id"), changed_at__lt=end_of_day)
        .order_by("-changed_at", "-pk")
        .values("to_status")[:1]
    )
    any_change = Exists(StatusChange.objects.filter(account_id=OuterRef("account_id")))
    statuses = OfficialAccount.MANAGER_LEVEL_STATUSES
    return (
        ManagerPeriod.objects.filter(member_id=member, started_on__lte=day)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=day))
        .annotate(status_then=status_then, any_change=any_change)
        .filter(Q(status_then__in=statuses) | Q(any_change=False, account__status__in=statuses))
    )


def with_licence_facts(queryset: QuerySet[OfficialAccount], *, day: datetime.date | None = None) -> QuerySet:
    """Adds `has_licensed_manager` to each account, in the same query."""
    day = day or timezone.localdate()
    licensed_managers = Managed.objects.filter(officialaccount_id=OuterRef("pk")).filter(
        valid_licence(OuterRef("member_id"), day=day)
    )
    return queryset.annotate(has_licensed_manager=Exists(licensed_managers))


def unlicensed_members(*, member_ids, day: datetime.date) -> list[Member]:
    """Those of these members who hold no valid corporate user licence on `day`."""
    return list(
        Member.objects.filter(pk__in=list(member_ids))
        .annotate(licensed=valid_licence(OuterRef("pk"), day=day))
        .filter(licensed=False)
        .order_by("pk")
    )


def has_licensed_manager(*, account_id: int, member_ids=None, day: datetime.date) -> bool:
    """Whether the account's managers (or these members, when given) include one with a valid licence."""
    if member_ids is None:
        member_ids = Managed.objects.filter(officialaccount_id=account_id).values("member_id")
    return (
        Member.objects.filter(pk__in=member_ids, is_active=True).filter(valid_licence(OuterRef("pk"), day=day)).exists()
    )


def coordinators() -> list[Member]:
    return list(Member.objects.filter(groups__name=Role.COORDINATOR.value, is_active=True).order_by("pk"))


# The directory ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryPage:
    accounts: list[OfficialAccount]
    next_cursor: str | None


def encode_cursor(name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(json.dumps([name, pk]).encode()).decode().rstrip("=")


def decode_cursor(value: str | None) -> tuple[str, int] | None:
    """None for no cursor or a damaged one: the directory then starts at the top."""
    if not value:
        return None
    try:
        name, pk = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    except (ValueError, TypeError):
        return None
    if not isinstance(name, str) or not isinstance(pk, int):
        return None
    return name, pk


def _managers_prefetch() -> Prefetch:
    return Prefetch("managers", queryset=Member.objects.only("pk", "first_name", "last_name", "email").order_by("pk"))


def directory_page(
    *, platform: str = "", department: str = "", cursor: str | None = None, per_page: int = DIRECTORY_PAGE_SIZE
) -> DirectoryPage:
    """Active accounts by name, one keyset page: two queries whatever the size of the register."""
    queryset = OfficialAccount.objects.filter(status=OfficialAccount.Status.ACTIVE)
    if platform:
        queryset = queryset.filter(platform=platform)
    if department:
        queryset = queryset.filter(department=department)
    after = decode_cursor(cursor)
    if after is not None:
        name, pk = after
        queryset = queryset.filter(Q(name__gt=name) | Q(name=name, pk__gt=pk))
    rows = list(queryset.order_by("name", "pk").prefetch_related(_managers_prefetch())[: per_page + 1])
    next_cursor = encode_cursor(rows[per_page - 1].name, rows[per_page - 1].pk) if len(rows) > per_page else None
    return DirectoryPage(accounts=rows[:per_page], next_cursor=next_cursor)


def directory_departments() -> list[str]:
    """The departments with an active account, for the filter (served by the directory index)."""
    return list(
        OfficialAccount.objects.filter(status=OfficialAccount.Status.ACTIVE)
        .exclude(department="")
        .order_by("department")
        .values_list("department", flat=True)
        .distinct()
    )


def account_for_page(*, pk: int) -> OfficialAccount | None:
    return with_licence_facts(OfficialAccount.objects.filter(pk=pk).select_related("sponsor")).first()


def managers_with_licence_facts(*, account: OfficialAccount, day: datetime.date | None = None) -> list[Member]:
    day = day or timezone.localdate()
    return list(account.managers.annotate(licensed=valid_licence(OuterRef("pk"), day=day)).order_by("first_name", "pk"))


def recent_status_changes(*, account: OfficialAccount, limit: int = 20) -> list[StatusChange]:
    return list(account.status_changes.select_related("changed_by")[:limit])


# Applications ----------------------------------------------------------------------------------------------------


def applications_of(*, member, limit: int = 50) -> list[Application]:
    return list(Application.objects.filter(applicant=member).order_by("-created_at", "-pk")[:limit])


def waiting_applications(*, limit: int = 50) -> list[Application]:
    return list(
        Application.objects.filter(status=Application.Status.SUBMITTED)
        .select_related("applicant")
        .order_by("submitted_at", "pk")[:limit]
    )


def waiting_application_count() -> int:
    """Submitted applications waiting for a coordinator: one query on the `registers_app_queue` index."""
    return Application.objects.filter(status=Application.Status.SUBMITTED).count()


def application_for_page(*, pk: int) -> Application | None:
    return (
        Application.objects.filter(pk=pk)
        .select_related("applicant", "backup_manager", "sponsor", "decided_by", "account")
        .first()
    )
