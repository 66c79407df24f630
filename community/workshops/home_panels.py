"""Workshops' panel on the signed-in home page (community.home_panels)."""

from django.template.loader import render_to_string

from community.home_panels import HomePanel
from community.permissions import permissions
from community.viewer import ViewerFacts
from community.workshops.selectors import open_workshops_to_place


def open_workshops_panel(*, member, facts: ViewerFacts) -> HomePanel | None:
    """Open workshops the member has not placed in yet. One query."""
    if not permissions.can(member, "workshops.view"):
        return None
    html = render_to_string("workshops/home_open.html", {"workshops": open_workshops_to_place(member=member)})
    return HomePanel(key="workshops", title="Workshops waiting for your view", html=html)
