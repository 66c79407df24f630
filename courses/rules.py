"""Rules for courses and guidelines. Views ask `permissions.check`; none tests levels or groups."""

from community.permissions import permissions
from community.roles import Role
from community.viewer import ViewerFacts
from courses.selectors import guideline_applies, is_enrolled, live_course_of


@permissions.rule("courses.view")
def may_view_learning_pages(viewer: ViewerFacts, obj) -> bool:
    """Every member reads courses, lessons and guidelines."""
    return viewer.is_member


@permissions.rule("courses.take")
def may_take_course(viewer: ViewerFacts, course) -> bool:
    return viewer.is_member and (course is None or course.live)


@permissions.rule("courses.complete_lesson")
def may_complete_lesson(viewer: ViewerFacts, lesson) -> bool:
    """A published lesson of a published course the member is on (required courses: everyone)."""
    if not viewer.is_member or not lesson.live:
        return False
    course = live_course_of(lesson=lesson)
    return course is not None and is_enrolled(member_id=viewer.member_id, course=course)


@permissions.rule("guidelines.acknowledge")
def may_acknowledge_guideline(viewer: ViewerFacts, guideline) -> bool:
    return viewer.is_member and guideline.live and guideline_applies(level=viewer.level, guideline=guideline)


@permissions.rule("courses.view_report")
def may_view_course_report(viewer: ViewerFacts, obj) -> bool:
    return viewer.has_role(Role.CHAMPION)
