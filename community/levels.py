"""A member's level is derived from records, never stored.

The kernel does not know which records are licences: the licences app registers a
`postwise_corporate_licences` Wagtail hook, `fn(*, member: OuterRef, day: date) -> QuerySet`, returning the
licences valid on `day` that grant the corporate level to `member`. A member holds one when any hook's
queryset has a row.

Likewise who managed an account when is the register's record: `postwise_account_managers`,
`fn(*, member: OuterRef, day: date) -> QuerySet`, returns the rows that made `member` an account manager on
`day` (see `manages_account_on`).
"""

import datetime
from enum import IntEnum
from functools import reduce
from operator import or_

from django.db.models import BooleanField, Exists, OuterRef, Value
from django.utils import timezone
from wagtail import hooks

from community.models import Member, OfficialAccount

CORPORATE_LICENCES_HOOK = "postwise_corporate_licences"
ACCOUNT_MANAGERS_HOOK = "postwise_account_managers"


class Level(IntEnum):
    BASIC = 1
    CORPORATE_USER = 2
    ACCOUNT_MANAGER = 3

    @property
    def label(self) -> str:
        return {1: "Basic", 2: "Corporate user", 3: "Account manager"}[self.value]


def annotate_levels(queryset, *, day=None):
    """Adds has_valid_licence and manages_approved_account to a Member queryset, in one query."""
    day = day or timezone.localdate()
    managed_accounts = OfficialAccount.managers.through.objects.filter(
        member_id=OuterRef("pk"), officialaccount__status__in=OfficialAccount.MANAGER_LEVEL_STATUSES
    )
    return queryset.annotate(
        has_valid_licence=_holds_corporate_licence(day), manages_approved_account=Exists(managed_accounts)
    )


def _holds_corporate_licence(day: datetime.date):
    held = [Exists(source(member=OuterRef("pk"), day=day)) for source in hooks.get_hooks(CORPORATE_LICENCES_HOOK)]
    return reduce(or_, held) if held else Value(False, output_field=BooleanField())


def manages_account_on(day: datetime.date):
    """True where the member (OuterRef("pk")) managed an approved or active account on `day`, from the
    `postwise_account_managers` hooks' history; without any hook, from today's managers and statuses."""
    held = [Exists(source(member=OuterRef("pk"), day=day)) for source in hooks.get_hooks(ACCOUNT_MANAGERS_HOOK)]
    if held:
        return reduce(or_, held)
    return Exists(
        OfficialAccount.managers.through.objects.filter(
            member_id=OuterRef("pk"), officialaccount__status__in=OfficialAccount.MANAGER_LEVEL_STATUSES
        )
    )


def level_from_facts(*, has_valid_licence: bool, manages_approved_account: bool) -> Level:
    if has_valid_licence and manages_approved_account:
        return Level.ACCOUNT_MANAGER
    if has_valid_licence:
        return Level.CORPORATE_USER
    return Level.BASIC


def level_of(member, *, day=None) -> Level | None:
    """The member's level today; None for anonymous or inactive people."""
    if not getattr(member, "is_authenticated", False) or not member.is_active:
        return None
    facts = annotate_levels(Member.objects.filter(pk=member.pk), day=day).values(
        "has_valid_licence", "manages_approved_account"
    )
    row = facts.first()
    if row is None:
        return None
    return level_from_facts(**row)
