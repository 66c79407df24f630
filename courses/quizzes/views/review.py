from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone

from courses.licences.models import Licence
from courses.quizzes.models import QuizPage
from courses.quizzes.selectors import attempt_questions, lessons_to_revisit, licence_type_for, quiz_status
from courses.quizzes.views.attempt import own_attempt_or_404

Detail = QuizPage.ReviewDetail


@login_required
def review(request, pk: int):
    attempt = own_attempt_or_404(request, pk)
    if attempt.is_in_progress:
        return redirect("quizzes:attempt", attempt.pk)
    quiz = attempt.quiz
    detail = quiz.review_detail_for(passed=attempt.passed)
    questions = attempt_questions(attempt=attempt)
    context = {
        "attempt": attempt,
        "quiz": quiz,
        "show_marks": detail != Detail.SCORE,
        "show_feedback": detail in (Detail.FEEDBACK, Detail.FULL),
        # Never after a fail, whatever is stored: the right answers would let a member simply retake the quiz.
        "show_answers": attempt.passed and detail == Detail.FULL,
        "licence": None,
        "standing": None,
        "lessons": [],
    }
    context["questions"] = questions if context["show_marks"] else []
    if attempt.passed:
        licence_type = licence_type_for(quiz=quiz)
        if licence_type:
            context["licence"] = (
                Licence.objects.current().filter(holder=request.user, licence_type=licence_type).first()
            )
    else:
        context["standing"] = quiz_status(member=request.user, quiz=quiz, now=timezone.now())
        context["lessons"] = lessons_to_revisit(questions=questions)
    return render(request, "quizzes/review.html", context)
