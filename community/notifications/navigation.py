from django.urls import reverse

from home.navigation import NavItem, add_nav_item

add_nav_item(NavItem("Notifications", lambda: reverse("notifications:list"), "forum.use", order=45))
