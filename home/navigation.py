"""Primary navigation. Each item names the permission that shows it; apps add their own items."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from community.permissions import permissions


@dataclass(frozen=True)
class NavItem:
    label: str
    url: Callable[[], str]
    action: str
    order: int = 100
    # Shown beside the label when above zero, e.g. unread notifications; takes the user.
    count: Callable[[Any], int] | None = None
    # What the count counts, for screen readers: "3 unread".
    count_label: str = "unread"


_items: list[NavItem] = []


def add_nav_item(item: NavItem) -> None:
    _items.append(item)


def nav_items_for(user, current_path: str) -> list[dict]:
    visible = []
    for item in sorted(_items, key=lambda nav: nav.order):
        if permissions.can(user, item.action):
            url = item.url()
            current = current_path == url or (url != "/" and current_path.startswith(url))
            count = item.count(user) if item.count else 0
            visible.append(
                {"label": item.label, "url": url, "current": current, "count": count, "count_label": item.count_label}
            )
    return visible


add_nav_item(NavItem("My path", lambda: reverse("home:my_path"), "site.use", order=10))
add_nav_item(NavItem("Search", lambda: reverse("home:search"), "site.use", order=60))
