"""Reads for incidents. Lists are keyset-paged by id, newest first."""

from django.db.models import Prefetch, QuerySet

from community.incidents.models import Incident, IncidentStep
from community.roles import Role
from community.viewer import facts_for

PAGE_SIZE = 25


def _page(queryset: QuerySet[Incident], *, before: int | None) -> tuple[list[Incident], int | None]:
    """One page, and the id to page on from (None at the end)."""
    if before is not None:
        queryset = queryset.filter(pk__lt=before)
    rows = list(queryset.order_by("-id")[: PAGE_SIZE + 1])
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    return rows, (rows[-1].pk if more else None)


def incidents_of_account(*, account, before: int | None = None) -> tuple[list[Incident], int | None]:
    return _page(Incident.objects.filter(account=account).select_related("reported_by"), before=before)


def incidents_visible_to(*, member, before: int | None = None) -> tuple[list[Incident], int | None]:
    """Champions see every incident; managers those of the accounts they manage."""
    queryset = Incident.objects.select_related("account", "reported_by")
    if not facts_for(member).has_role(Role.CHAMPION):
        queryset = queryset.filter(account__managers=member)
    return _page(queryset, before=before)


def incident_with_steps(*, account_id: int, pk: int) -> Incident | None:
    steps = Prefetch("steps", queryset=IncidentStep.objects.select_related("done_by").order_by("position"))
    return (
        Incident.objects.filter(account_id=account_id, pk=pk)
        .select_related("account", "reported_by", "closed_by", "statement")
        .prefetch_related(steps)
        .first()
    )


def incidents_between(*, account, start, end) -> list[Incident]:
    """The account's incidents that happened in [start, end), for the sponsor report."""
    return list(
        Incident.objects.filter(account=account, happened_at__date__gte=start, happened_at__date__lt=end)
        .select_related("reported_by")
        .order_by("happened_at", "id")[:500]
    )
