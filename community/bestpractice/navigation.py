from django.urls import reverse

from home.navigation import NavItem, add_nav_item

add_nav_item(NavItem("Best practice", lambda: reverse("bestpractice:library"), "bestpractice.view", order=50))
