from django.urls import reverse

from community.forum.selectors import waiting_for_approval_count
from home.navigation import NavItem, add_nav_item

add_nav_item(NavItem("Forum", lambda: reverse("forum:index"), "forum.use", order=40))
add_nav_item(
    NavItem(
        "Moderation",
        lambda: reverse("forum:moderation"),
        "forum.moderate",
        order=41,
        count=lambda user: waiting_for_approval_count(),
        count_label="waiting for approval",
    )
)
