"""The champion's preview of a question: as a member sees it in an attempt, then its review."""

from courses.quizzes.forms import AnswersForm
from courses.quizzes.models import AttemptQuestion, Question
from courses.quizzes.selectors import ShownQuestion


def preview_context(*, question: Question) -> dict:
    """A one-question attempt built in memory from the form's (unsaved) question: nothing is written."""
    options = list(question.options.all())
    for number, option in enumerate(options, start=1):
        if option.pk is None:  # an option added in this edit has no id yet
            option.pk = -number
    option_ids = [option.pk for option in options]
    unanswered = AttemptQuestion(question_id=question.pk or 0, position=1, option_ids=option_ids)
    as_asked = ShownQuestion(entry=unanswered, number=1, question=question, options=options)
    return {
        "form": AnswersForm(questions=[as_asked], require_all=False),
        "shown": as_asked,
    }
