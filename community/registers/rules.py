"""Who may see and do what in the register."""

from community.levels import Level
from community.models import OfficialAccount
from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("accounts.apply")
def may_apply_for_account(viewer: ViewerFacts, obj) -> bool:
    """Corporate users (and account managers) may make the case for a new official account."""
    return viewer.at_least(Level.CORPORATE_USER)


@permissions.rule("accounts.manage_register")
def may_manage_account_register(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.COORDINATOR)


@permissions.rule("registers.directory")
def may_see_directory(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_member


@permissions.rule("registers.view_account")
def may_view_account(viewer: ViewerFacts, account: OfficialAccount | None) -> bool:
    """Active accounts are public to members; others only to coordinators and the account's own managers."""
    if not viewer.is_member:
        return False
    if account is None or account.status == OfficialAccount.Status.ACTIVE or viewer.has_role(Role.COORDINATOR):
        return True
    return account.managers.filter(pk=viewer.member_id).exists()


@permissions.rule("registers.view_application")
def may_view_application(viewer: ViewerFacts, application) -> bool:
    """The applicant sees their own; coordinators see every application once it is submitted."""
    if not viewer.is_member:
        return False
    if application is None or application.applicant_id == viewer.member_id:
        return True
    return viewer.has_role(Role.COORDINATOR) and application.status != application.Status.DRAFT


@permissions.rule("registers.edit_application")
def may_edit_application(viewer: ViewerFacts, application) -> bool:
    return (
        viewer.at_least(Level.CORPORATE_USER)
        and application.applicant_id == viewer.member_id
        and application.is_editable
    )


@permissions.rule("registers.decide")
def may_decide(viewer: ViewerFacts, application) -> bool:
    return viewer.has_role(Role.COORDINATOR) and (application is None or application.status == "submitted")


@permissions.rule("registers.change_status")
def may_change_status(viewer: ViewerFacts, account) -> bool:
    return viewer.has_role(Role.COORDINATOR)
