"""Wagtail hooks of the community.notifications app: its navigation items, path steps and demo steps."""

from django.urls import reverse
from wagtail import hooks

from community.navigation import NavItem
from community.notifications import personal_data


@hooks.register("postwise_nav_item", order=45)
def notifications_nav_item() -> NavItem:
    return NavItem(
        "Notifications",
        lambda: reverse("notifications:list"),
        "forum.use",
        # The stored count on the signed-in member's own row: no query (community.notifications.services).
        count=lambda user: user.unread_notification_count,
    )


# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=45)
