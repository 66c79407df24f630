"""The register's panel on the signed-in home page (community.home_panels): a coordinator's queue."""

from django.template.loader import render_to_string

from community.home_panels import HomePanel
from community.permissions import permissions
from community.registers.selectors import waiting_application_count, waiting_applications
from community.viewer import ViewerFacts

HOME_APPLICATIONS = 3


def applications_panel(*, member, facts: ViewerFacts) -> HomePanel | None:
    """For coordinators: applications waiting for a decision, the longest-waiting first. Two queries."""
    if not permissions.can(member, "accounts.manage_register"):
        return None
    html = render_to_string(
        "registers/home_applications.html",
        {"count": waiting_application_count(), "applications": waiting_applications(limit=HOME_APPLICATIONS)},
    )
    return HomePanel(key="applications", title="Account applications", html=html, queue=True)
