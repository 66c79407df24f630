"""Reads for workshops."""

from django.db.models import Exists, OuterRef
from django.utils import timezone

from community.workshops.models import Placing, Workshop

HOME_WORKSHOPS = 3


def open_workshops_to_place(*, member, limit: int = HOME_WORKSHOPS) -> list[Workshop]:
    """Open workshops in which the member has placed no statement yet, closing soonest first: one query, on
    the `workshop_open` partial index."""
    placed = Placing.objects.filter(member=member, statement__workshop=OuterRef("pk"))
    return list(
        Workshop.objects.filter(closed_at__isnull=True, closes_at__gt=timezone.now())
        .exclude(Exists(placed))
        .only("id", "question", "closes_at", "closed_at")
        .order_by("closes_at", "id")[:limit]
    )
