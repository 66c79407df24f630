"""The forum's panels on the signed-in home page (community.home_panels): the latest topics, and a champion's
moderation queue."""

from django.template.loader import render_to_string

from community.forum.selectors import latest_topics, moderation_queue
from community.home_panels import HomePanel
from community.permissions import permissions
from community.viewer import ViewerFacts


def latest_topics_panel(*, member, facts: ViewerFacts) -> HomePanel | None:
    """Topics in categories the member may read, each marked when it has posts they have not read: one query."""
    if not permissions.can(member, "forum.use"):
        return None
    html = render_to_string("forum/home_latest_topics.html", {"topics": latest_topics(user=member)})
    return HomePanel(key="latest-topics", title="Latest in the forum", html=html)


def moderation_panel(*, member, facts: ViewerFacts) -> HomePanel | None:
    """For champions: flagged posts and posts held for approval. Two queries."""
    if not permissions.can(member, "forum.moderate"):
        return None
    html = render_to_string("forum/home_moderation.html", {"queue": moderation_queue()})
    return HomePanel(key="moderation", title="Forum moderation", html=html, queue=True)
