"""Best practice's panel on the signed-in home page (community.home_panels): the newest statements.

Published statements are the same for every member, so the panel is a shared fragment, made again when a
statement is saved or deleted (receivers below, connected by the app's `ready`)."""

from django.db.models.signals import post_delete, post_save
from django.template.loader import render_to_string

from community.bestpractice.models import Statement
from community.bestpractice.selectors import newest_statements
from community.home_panels import HomePanel, forget_shared, shared_fragment
from community.permissions import permissions
from community.viewer import ViewerFacts

FRAGMENT = "bestpractice-newest"


def newest_statements_panel(*, member, facts: ViewerFacts) -> HomePanel | None:
    """No query once the fragment is in the cache."""
    if not permissions.can(member, "bestpractice.view"):
        return None
    html = shared_fragment(
        FRAGMENT,
        audience="members",
        render=lambda: render_to_string("bestpractice/home_newest.html", {"statements": newest_statements()}),
    )
    return HomePanel(key="best-practice", title="New best practice", html=html)


def _statements_changed(**kwargs) -> None:
    forget_shared(FRAGMENT)


post_save.connect(_statements_changed, sender=Statement, dispatch_uid="bestpractice-home-saved")
post_delete.connect(_statements_changed, sender=Statement, dispatch_uid="bestpractice-home-deleted")
