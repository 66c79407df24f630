"""Who sees an account's measures and sponsor report, and who records measures."""

from community.incidents.rules import manages
from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("account_metrics.view")
def may_view_account_measures(viewer: ViewerFacts, account) -> bool:
    """Champions, coordinators, the account's managers and its sponsor."""
    if viewer.has_role(Role.CHAMPION, Role.COORDINATOR):
        return True
    if viewer.member_id is not None and viewer.member_id == account.sponsor_id:
        return True
    return manages(viewer, account)


@permissions.rule("account_metrics.report")
def may_see_sponsor_report(viewer: ViewerFacts, account) -> bool:
    return may_view_account_measures(viewer, account)


@permissions.rule("account_metrics.record")
def may_record_account_measures(viewer: ViewerFacts, account) -> bool:
    """The account's own managers record its measures."""
    return manages(viewer, account)
