from django.urls import reverse

from community.notifications.selectors import unread_count
from home.navigation import NavItem, add_nav_item

add_nav_item(
    NavItem(
        "Notifications",
        lambda: reverse("notifications:list"),
        "forum.use",
        order=45,
        count=lambda user: unread_count(member=user),
    )
)
