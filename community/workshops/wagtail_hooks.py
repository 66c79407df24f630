"""Wagtail hooks of the community.workshops app: its navigation items, path steps and demo steps."""

from django.urls import reverse
from wagtail import hooks

from community.navigation import NavItem
from community.workshops import demo, home_panels, personal_data


@hooks.register("postwise_nav_item", order=55)
def workshops_nav_item() -> NavItem:
    return NavItem("Workshops", lambda: reverse("workshops:list"), "workshops.view")


hooks.register("postwise_home_panels", home_panels.open_workshops_panel, order=50)

# Demo content, loaded in hook order by `manage.py load_demo_content`.
hooks.register("postwise_demo_step", demo.load_workshops, order=57)

# Personal data this app holds, for the subject access export, anonymisation and /privacy/.
hooks.register("postwise_personal_data", personal_data.provider, order=55)
