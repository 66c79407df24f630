"""Rules for quizzes. Eligibility (prerequisites, attempts left, waits) is in selectors, with its reasons."""

from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts


@permissions.rule("quizzes.attempt")
def may_attempt_quizzes(viewer: ViewerFacts, quiz) -> bool:
    """Every member may take a published quiz; whether they may start now is `selectors.quiz_status`."""
    return viewer.is_member and (quiz is None or quiz.live)


@permissions.rule("quizzes.view_attempt")
def may_view_attempt(viewer: ViewerFacts, attempt) -> bool:
    """An attempt, its answers and its review belong to the member who made it."""
    return viewer.is_member and attempt is not None and attempt.member_id == viewer.member_id


@permissions.rule("quizzes.adjust_time")
def may_adjust_time(viewer: ViewerFacts, obj) -> bool:
    """Champions give members extra time, or no limit, as a reasonable adjustment, and see who has one."""
    return viewer.has_role(Role.CHAMPION)
