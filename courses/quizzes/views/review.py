from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from courses.licences.models import Licence
from courses.quizzes.models import QuizPage
from courses.quizzes.selectors import attempt_questions, licence_type_for
from courses.quizzes.views.attempt import own_attempt_or_404

Detail = QuizPage.ReviewDetail


@login_required
def review(request, pk: int):
    attempt = own_attempt_or_404(request, pk)
    if attempt.is_in_progress:
        return redirect("quizzes:attempt", attempt.pk)
    quiz = attempt.quiz
    show_marks = quiz.review_detail in (Detail.MARKS, Detail.FULL)
    licence = None
    if attempt.passed:
        licence_type = licence_type_for(quiz=quiz)
        licence = (
            Licence.objects.current().filter(holder=request.user, licence_type=licence_type).first()
            if licence_type
            else None
        )
    context = {
        "attempt": attempt,
        "quiz": quiz,
        "questions": attempt_questions(attempt=attempt) if show_marks else [],
        "show_marks": show_marks,
        "show_answers": quiz.review_detail == Detail.FULL,
        "licence": licence,
    }
    return render(request, "quizzes/review.html", context)
