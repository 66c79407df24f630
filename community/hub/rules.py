from community.permissions import permissions
from community.viewer import ViewerFacts


@permissions.rule("hub.view")
def may_read_the_hub(viewer: ViewerFacts, obj) -> bool:
    """Every member: the hub is how staff follow the organisation even where a site is blocked for them."""
    return viewer.is_member
