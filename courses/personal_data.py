"""What the courses app holds about a member: enrolments, lessons completed, guidelines acknowledged."""

from community.personal_data import PersonalData, rows_of
from courses.models import Enrolment, GuidelineAcknowledgement, LessonCompletion


def rows(*, member) -> dict[str, list[dict]]:
    return {
        "enrolments": rows_of(
            Enrolment.objects.filter(member=member), ["course__title", "enrolled_at", "completed_at"]
        ),
        "lessons_completed": rows_of(LessonCompletion.objects.filter(member=member), ["lesson__title", "completed_at"]),
        "guidelines_acknowledged": rows_of(
            GuidelineAcknowledgement.objects.filter(member=member),
            ["version__guideline__title", "version__version", "acknowledged_at"],
        ),
    }


def provider() -> PersonalData:
    return PersonalData(
        key="courses",
        title="Courses and guidelines",
        holds="The courses you joined and finished, the lessons you completed and the guidelines you acknowledged.",
        why="To show your progress, and to show that staff have taken the induction and read the guidelines.",
        kept="While you work here; when you leave they stay, anonymised, in the completion figures.",
        models=("courses.Enrolment", "courses.GuidelineAcknowledgement", "courses.LessonCompletion"),
        rows=rows,
    )
