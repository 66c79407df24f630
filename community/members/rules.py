"""Who sees members' profiles, the directory and their photos, and who changes a photo."""

from community.permissions import permissions
from community.viewer import ViewerFacts


@permissions.rule("members.view")
def may_view_members(viewer: ViewerFacts, member) -> bool:
    """Every signed-in member sees the directory and any active member's profile and photo."""
    if not viewer.is_member:
        return False
    return member is None or member.is_active


@permissions.rule("members.change_photo")
def may_change_photo(viewer: ViewerFacts, member) -> bool:
    """A member changes their own photo only."""
    return viewer.is_member and member is not None and member.pk == viewer.member_id
