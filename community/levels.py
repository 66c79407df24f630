"""A member's level is derived from records, never stored."""

from enum import IntEnum

from django.db.models import Exists, OuterRef
from django.utils import timezone


class Level(IntEnum):
    BASIC = 1
    CORPORATE_USER = 2
    ACCOUNT_MANAGER = 3

    @property
    def label(self) -> str:
        return {1: "Basic", 2: "Corporate user", 3: "Account manager"}[self.value]


def annotate_levels(queryset, *, day=None):
    """Adds has_valid_licence and manages_approved_account to a Member queryset, in one query."""
    from community.models import OfficialAccount
    from courses.licences.models import Licence

    day = day or timezone.localdate()
    valid_licences = Licence.objects.valid_on(day).filter(
        holder=OuterRef("pk"), licence_type__grants_corporate_level=True
    )
    managed_accounts = OfficialAccount.managers.through.objects.filter(
        member_id=OuterRef("pk"), officialaccount__status__in=OfficialAccount.MANAGER_LEVEL_STATUSES
    )
    return queryset.annotate(
        has_valid_licence=Exists(valid_licences), manages_approved_account=Exists(managed_accounts)
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
    from community.models import Member

    facts = annotate_levels(Member.objects.filter(pk=member.pk), day=day).values(
        "has_valid_licence", "manages_approved_account"
    )
    row = facts.first()
    if row is None:
        return None
    return level_from_facts(**row)
