"""The social hub's panel on the signed-in home page (community.home_panels): the official accounts' latest posts.

Every member sees the same posts, so the panel is a shared fragment: `services.fetch_account_feed` forgets it
when new posts arrive (bulk_create sends no signal), and the receivers below forget it when an item or an
account is saved or deleted (connected by the app's `ready`)."""

from django.db.models.signals import post_delete, post_save
from django.template.loader import render_to_string

from community.home_panels import HomePanel, forget_shared, shared_fragment
from community.hub.models import FeedItem
from community.hub.selectors import latest_items
from community.models import OfficialAccount
from community.permissions import permissions
from community.viewer import ViewerFacts

FRAGMENT = "hub-latest"


def latest_posts_panel(*, member, facts: ViewerFacts) -> HomePanel | None:
    """No query once the fragment is in the cache."""
    if not permissions.can(member, "hub.view"):
        return None
    html = shared_fragment(
        FRAGMENT, audience="members", render=lambda: render_to_string("hub/latest.html", {"items": latest_items()})
    )
    return HomePanel(key="hub", title="Latest from our official accounts", html=html)


def _shown_posts_changed(**kwargs) -> None:
    forget_shared(FRAGMENT)


for _signal in (post_save, post_delete):
    for _sender in (OfficialAccount, FeedItem):
        _signal.connect(
            _shown_posts_changed, sender=_sender, dispatch_uid=f"hub-home-{_sender.__name__}-{_signal is post_save}"
        )
