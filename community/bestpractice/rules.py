from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("bestpractice.view")
def may_view(viewer: ViewerFacts, obj) -> bool:
    return viewer.is_member


@permissions.rule("bestpractice.promote")
def may_promote(viewer: ViewerFacts, obj) -> bool:
    """Champions curate the library."""
    return viewer.has_role(Role.CHAMPION)


@permissions.rule("bestpractice.read_statement")
def may_read_statement(viewer: ViewerFacts, statement) -> bool:
    """A published statement is for every member; a draft only for the champions who curate the library."""
    if statement.is_draft:
        return may_promote(viewer, statement)
    return may_view(viewer, statement)


@permissions.rule("bestpractice.see_drafts")
def may_see_drafts(viewer: ViewerFacts, obj) -> bool:
    return may_promote(viewer, obj)


@permissions.rule("bestpractice.publish")
def may_publish(viewer: ViewerFacts, statement) -> bool:
    return may_promote(viewer, statement) and statement is not None
