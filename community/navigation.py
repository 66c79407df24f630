"""The main navigation: each app adds its items with the `postwise_nav_item` Wagtail hook.

In the app's `wagtail_hooks.py`:

    @hooks.register("postwise_nav_item", order=40)
    def forum_nav_item() -> NavItem:
        return NavItem("Forum", lambda: reverse("forum:index"), "forum.use")

Items show in hook order, each only when `permissions.can(user, item.action)`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wagtail import hooks

from community.permissions import permissions

NAV_ITEM_HOOK = "postwise_nav_item"


@dataclass(frozen=True)
class NavItem:
    label: str
    # Called only for viewers who may see the item, so an address that costs a lookup is paid for by them alone.
    url: Callable[[], str]
    action: str
    # Shown beside the label when above zero, e.g. unread notifications; takes the user.
    count: Callable[[Any], int] | None = None
    # What the count counts, for screen readers: "3 unread".
    count_label: str = "unread"


def nav_items_for(user, current_path: str) -> list[dict]:
    visible = []
    for item_hook in hooks.get_hooks(NAV_ITEM_HOOK):
        item: NavItem = item_hook()
        if permissions.can(user, item.action):
            url = item.url()
            current = current_path == url or (url != "/" and current_path.startswith(url))
            count = item.count(user) if item.count else 0
            visible.append(
                {"label": item.label, "url": url, "current": current, "count": count, "count_label": item.count_label}
            )
    return visible
