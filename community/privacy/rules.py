"""Who may do what with personal data."""

from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("privacy.export")
def may_export(viewer: ViewerFacts, member) -> bool:
    """A member may ask for their own data; a data protection officer (or a superuser) for anyone's."""
    if not viewer.is_member:
        return False
    return (member is not None and member.pk == viewer.member_id) or viewer.has_role(Role.DATA_PROTECTION)


@permissions.rule("privacy.download")
def may_download(viewer: ViewerFacts, export) -> bool:
    """The export's subject, or whoever asked for it."""
    if viewer.member_id is None or export is None:
        return False
    return viewer.member_id in (export.member_id, export.requested_by_id)


@permissions.rule("privacy.manage_members")
def may_manage_members(viewer: ViewerFacts, obj) -> bool:
    """Deactivate leavers, anonymise them, and produce anyone's export."""
    return viewer.has_role(Role.DATA_PROTECTION)
