from courses.quizzes.models.attempt import AttemptQuestion, QuizAttempt
from courses.quizzes.models.question import Option, Question, QuestionPool
from courses.quizzes.models.quiz_page import QuizPage, QuizPoolDraw
from courses.quizzes.models.time_adjustment import TimeAdjustment

__all__ = [
    "AttemptQuestion",
    "Option",
    "Question",
    "QuestionPool",
    "QuizAttempt",
    "QuizPage",
    "QuizPoolDraw",
    "TimeAdjustment",
]
