"""Reads for licences."""

import datetime
import re

from django.db.models import QuerySet

from courses.licences.models import Licence, LicenceStatusChange
from courses.licences.models.licence import CODE_PATTERN


def corporate_licences(*, member, day: datetime.date) -> QuerySet[Licence]:
    """The `postwise_corporate_licences` hook: `member`'s licences valid on `day` that grant the corporate level
    (`member` is usually an `OuterRef`, so the kernel's levels ask this in the same query)."""
    return Licence.objects.valid_on(day).filter(holder=member, licence_type__grants_corporate_level=True)


def licence_by_code(*, code: str) -> Licence | None:
    # Anything typed into the address bar arrives here: a code that cannot exist (a NUL character, which
    # PostgreSQL refuses in a query, or 2,000 characters) is simply not found, without asking the database.
    if not re.fullmatch(CODE_PATTERN, code):
        return None
    return Licence.objects.select_related("holder", "licence_type").filter(verification_code=code).first()


def licence_for_holder(*, licence_id: int) -> Licence | None:
    return Licence.objects.select_related("holder", "licence_type").filter(pk=licence_id).first()


def current_licence(*, holder, licence_type) -> Licence | None:
    return Licence.objects.current().filter(holder=holder, licence_type=licence_type).first()


def current_licences_of(*, holder) -> list[Licence]:
    """The member's current licences with their types and quizzes, in one query."""
    return list(Licence.objects.current().filter(holder=holder).select_related("licence_type", "licence_type__quiz"))


def register_rows() -> QuerySet[Licence]:
    """Every licence for the register, with what each row shows, in one query."""
    return Licence.objects.select_related("holder", "licence_type").order_by(
        "holder__last_name", "holder__first_name", "pk"
    )


def expiring_within(queryset: QuerySet[Licence], *, days: int, today: datetime.date) -> QuerySet[Licence]:
    return queryset.valid_on(today).filter(expires_on__lte=today + datetime.timedelta(days=days))


def audit_trail(*, licence: Licence) -> QuerySet[LicenceStatusChange]:
    return licence.status_changes.select_related("changed_by")
