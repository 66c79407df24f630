from django.urls import reverse

from home.navigation import NavItem, add_nav_item

add_nav_item(NavItem("Workshops", lambda: reverse("workshops:list"), "workshops.view", order=55))
