"""Who sees and works on incidents: champions, and the managers of the account. No one else."""

from community.levels import Level
from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


def manages(viewer: ViewerFacts, account) -> bool:
    """An Account manager (licensed) who is one of this account's managers."""
    return viewer.at_least(Level.ACCOUNT_MANAGER) and account.managers.filter(pk=viewer.member_id).exists()


@permissions.rule("incidents.list")
def may_list_incidents(viewer: ViewerFacts, obj) -> bool:
    """The list of every incident the viewer may see: champions see all, managers their accounts'."""
    return viewer.has_role(Role.CHAMPION) or viewer.at_least(Level.ACCOUNT_MANAGER)


@permissions.rule("incidents.view")
def may_view_incidents(viewer: ViewerFacts, account) -> bool:
    """`account`: the official account whose incidents these are."""
    return viewer.has_role(Role.CHAMPION) or manages(viewer, account)


@permissions.rule("incidents.report")
def may_report_incident(viewer: ViewerFacts, account) -> bool:
    return viewer.has_role(Role.CHAMPION) or manages(viewer, account)


@permissions.rule("incidents.work_on")
def may_work_on_incident(viewer: ViewerFacts, incident) -> bool:
    """Record steps taken and close with the lesson learned."""
    return viewer.has_role(Role.CHAMPION) or manages(viewer, incident.account)


@permissions.rule("incidents.send_lesson")
def may_send_lesson_to_best_practice(viewer: ViewerFacts, incident) -> bool:
    """A champion sends a closed incident's lesson to the best practice library as a draft statement."""
    return viewer.has_role(Role.CHAMPION) and incident is not None and not incident.is_open
