"""Scoring: a question is right when the chosen options are exactly its correct options."""

from courses.quizzes.models import QuizAttempt


def is_right(*, selected: set[int], correct: set[int]) -> bool:
    return bool(selected) and selected == correct


def percent(*, correct_count: int, question_count: int) -> int:
    """Rounded down, so 79.9% never passes an 80% mark."""
    return (100 * correct_count) // question_count if question_count else 0


def passes(*, attempt: QuizAttempt, percent_scored: int) -> bool:
    return percent_scored >= attempt.pass_mark
