from django.urls import reverse

from home.navigation import NavItem, add_nav_item

add_nav_item(NavItem("Forum", lambda: reverse("forum:index"), "forum.use", order=40))
