from django.urls import reverse

from home.navigation import NavItem, add_nav_item

add_nav_item(NavItem("My access", lambda: reverse("sites:my_access"), "sites.my_access", order=15))
