"""Steps on "My path": required courses, courses towards the next level, guidelines to acknowledge.

Two queries whatever the number of courses, lessons or guidelines.
"""

from community.levels import Level
from community.path_steps import PathStep
from courses.selectors import guidelines_for_level, path_courses


def _course_description(summary) -> str:
    if summary.completed_at:
        return f"Completed on {summary.completed_at:%-d %B %Y}."
    if summary.total == 0:
        return summary.course.summary
    return f"{summary.done} of {summary.total} lessons done ({summary.percent}%). {summary.course.summary}"


def course_steps(*, member, facts) -> list[PathStep]:
    if not facts.is_member:
        return []
    steps = []
    for summary in path_courses(member=member, level=facts.level):
        towards = None if summary.course.required_for_all else Level(summary.course.audience)
        steps.append(
            PathStep(
                title=f"Complete “{summary.course.title}”",
                description=_course_description(summary),
                url=summary.course.get_url(),
                done=summary.completed_at is not None,
                towards=towards,
                order=20 if towards is None else 40,
                progress_percent=summary.percent if summary.total and not summary.completed_at else None,
            )
        )
    return steps


def guideline_steps(*, member, facts) -> list[PathStep]:
    return [
        PathStep(
            title=f"Acknowledge “{summary.guideline.title}”",
            description=f"Version {summary.guideline.version}, for {summary.guideline.audience_people}."
            + ("" if summary.acknowledged else " Read it and confirm you will follow it."),
            url=summary.guideline.get_url(),
            done=summary.acknowledged,
            order=30,
        )
        for summary in guidelines_for_level(member=member, level=facts.level)
    ]
