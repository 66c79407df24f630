"""Reads for the social hub. Newest first, keyset-paginated by (published_at, id): no OFFSET."""

from dataclasses import dataclass

from django.db.models import Q

from community.forum.selectors import Cursor
from community.hub.models import FeedItem, FeedState
from community.models import OfficialAccount

ITEMS_PER_PAGE = 25
LATEST_ON_HOME = 4


@dataclass(frozen=True)
class HubFilters:
    platform: str = ""
    account_id: int | None = None
    department: str = ""


@dataclass(frozen=True)
class HubPage:
    items: list[FeedItem]
    next_cursor: str | None


def _shown_items():
    return FeedItem.objects.select_related("account").only(
        "id",
        "link",
        "title",
        "summary_html",
        "published_at",
        "account__id",
        "account__platform",
        "account__name",
        "account__handle",
        "account__department",
    )


def hub_accounts() -> list[OfficialAccount]:
    """The accounts whose posts the hub shows (active, with a feed), for the filter form: one query."""
    return list(
        OfficialAccount.objects.filter(status=OfficialAccount.Status.ACTIVE)
        .exclude(feed_url="")
        .only("id", "platform", "name", "handle", "department")
        .order_by("name", "handle")
    )


def hub_page(*, filters: HubFilters, cursor: Cursor | None = None, per_page: int = ITEMS_PER_PAGE) -> HubPage:
    """One page of items from active accounts, newest first: one query, however many items there are."""
    queryset = _shown_items().filter(account__status=OfficialAccount.Status.ACTIVE)
    if filters.platform:
        queryset = queryset.filter(account__platform=filters.platform)
    if filters.account_id:
        queryset = queryset.filter(account_id=filters.account_id)
    if filters.department:
        queryset = queryset.filter(account__department=filters.department)
    if cursor is not None:
        queryset = queryset.filter(
            Q(published_at__lt=cursor.last_activity_at) | Q(published_at=cursor.last_activity_at, id__lt=cursor.id)
        )
    rows = list(queryset.order_by("-published_at", "-id")[: per_page + 1])
    if len(rows) <= per_page:
        return HubPage(items=rows, next_cursor=None)
    rows = rows[:per_page]
    return HubPage(items=rows, next_cursor=Cursor(last_activity_at=rows[-1].published_at, id=rows[-1].id).encode())


def latest_items() -> list[FeedItem]:
    """The same for every member: the home page keeps their markup as a shared fragment (hub/home_panels.py)."""
    return list(
        _shown_items()
        .filter(account__status=OfficialAccount.Status.ACTIVE)
        .order_by("-published_at", "-id")[:LATEST_ON_HOME]
    )


def feed_states() -> list[FeedState]:
    return list(FeedState.objects.select_related("account").order_by("account__name"))
