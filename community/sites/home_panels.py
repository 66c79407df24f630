"""The site lists' panel on the signed-in home page (community.home_panels): technical support's queue."""

from django.template.loader import render_to_string

from community.home_panels import HomePanel
from community.permissions import permissions
from community.sites.selectors import overdue_reviews
from community.viewer import ViewerFacts


def overdue_reviews_panel(*, member, facts: ViewerFacts) -> HomePanel | None:
    """For technical support: sites past their review date. Two queries."""
    if not permissions.can(member, "sites.review"):
        return None
    html = render_to_string("sites/home_overdue_reviews.html", {"reviews": overdue_reviews()})
    return HomePanel(key="site-reviews", title="Site reviews", html=html, queue=True)
