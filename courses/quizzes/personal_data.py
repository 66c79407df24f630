"""What the quizzes app holds about a member: their attempts at the licence quiz."""

from community.personal_data import PersonalData, rows_of
from courses.quizzes import services
from courses.quizzes.models import Question, QuestionPool, QuizAttempt, TimeAdjustment


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
        # Reasonable adjustments to the quiz's time limit: only the member and champions ever see them.
        "time_adjustments": rows_of(
            TimeAdjustment.objects.filter(member=member), ["extra_minutes", "no_limit", "reason", "set_at"]
        ),
        # Questions and pools a champion holds the editing lock on (they are reviewed content).
        "questions_locked": rows_of(Question.objects.filter(locked_by=member), ["text", "locked_at"]),
        "question_pools_locked": rows_of(QuestionPool.objects.filter(locked_by=member), ["name", "locked_at"]),
    }


def provider() -> PersonalData:
    return PersonalData(
        key="quizzes",
        title="Quiz attempts",
        holds=(
            "Each attempt at the licence quiz: when, your score, whether you passed, and the reason you gave; any "
            "extra time a champion agreed with you, and why; question edits you hold the lock on."
        ),
        why="To score the quiz and issue a licence, and to improve the questions.",
        kept="For the period below, then deleted.",
        retention="quiz_attempts",
        models=("quizzes.QuizAttempt", "quizzes.TimeAdjustment", "quizzes.Question", "quizzes.QuestionPool"),
        rows=rows,
        anonymise=services.anonymise_leaver,
        expiry={"quiz_attempts": services.expire_attempts},
    )
