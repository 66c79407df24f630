"""What the quizzes app holds about a member: their attempts at the licence quiz."""

from community.personal_data import PersonalData, rows_of
from courses.quizzes.models import QuizAttempt


def rows(*, member) -> dict[str, list[dict]]:
    return {
        "quiz_attempts": rows_of(
            QuizAttempt.objects.filter(member=member),
            [
                "quiz__title",
                "number",
                "status",
                "started_at",
                "submitted_at",
                "correct_count",
                "question_count",
                "percent",
                "passed",
                "business_reason",
                "line_manager",
            ],
        ),
    }


def expire_attempts(*, before) -> int:
    deleted, _ = QuizAttempt.objects.filter(started_at__lt=before).delete()
    return deleted


def provider() -> PersonalData:
    return PersonalData(
        key="quizzes",
        title="Quiz attempts",
        holds="Each attempt at the licence quiz: when, your score, whether you passed, and the reason you gave.",
        why="To score the quiz and issue a licence, and to improve the questions.",
        kept="For the period below, then deleted.",
        retention="quiz_attempts",
        models=("quizzes.QuizAttempt",),
        rows=rows,
        expiry={"quiz_attempts": expire_attempts},
    )
