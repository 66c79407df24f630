from community.levels import Level
from community.permissions import permissions
from community.viewer import ViewerFacts


@permissions.rule("hub.view")
def may_read_the_hub(viewer: ViewerFacts, obj) -> bool:
    """Every member: the hub is how staff follow the organisation even where a site is blocked for them."""
    return viewer.is_member


@permissions.rule("hub.see_blocked_sites_note")
def is_told_sites_may_be_blocked(viewer: ViewerFacts, obj) -> bool:
    """Basic staff, for whom social media sites may be blocked at work, are told the hub works anyway."""
    return viewer.level in (None, Level.BASIC)
