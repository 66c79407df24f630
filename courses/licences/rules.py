"""Rules for licences. "licences.manage" (champions) is registered by community.rules."""

from community.permissions import permissions
from community.viewer import ViewerFacts


@permissions.rule("licences.view_certificate")
def may_view_certificate(viewer: ViewerFacts, licence) -> bool:
    """A certificate belongs to its holder alone; anyone else uses the public verification page."""
    return viewer.is_member and licence is not None and licence.holder_id == viewer.member_id


@permissions.rule("licences.verify")
def may_verify(viewer: ViewerFacts, obj) -> bool:
    """The verification page is public: anyone with a code may check it."""
    return True
