from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from community.permissions import permissions
from community.refusals import Refused
from courses.quizzes.forms import StartAttemptForm
from courses.quizzes.models import QuizPage
from courses.quizzes.selectors import quiz_status
from courses.quizzes.services import start_attempt
from courses.quizzes.views.quiz_page import serve_quiz_page


@login_required
@require_POST
def start(request, quiz_id: int):
    quiz = QuizPage.objects.live().filter(pk=quiz_id).first()
    if quiz is None:
        raise Http404("Not found")
    permissions.check(request.user, "quizzes.attempt", quiz)
    now = timezone.now()
    standing = quiz_status(member=request.user, quiz=quiz, now=now)
    form = StartAttemptForm(request.POST, needs_application=standing.needs_application)
    if not form.is_valid():
        return serve_quiz_page(request, quiz=quiz, form=form)
    try:
        attempt = start_attempt(
            member=request.user,
            quiz=quiz,
            now=now,
            business_reason=form.cleaned_data.get("business_reason", ""),
            line_manager=form.cleaned_data.get("line_manager", ""),
        )
    except Refused as refusal:
        messages.error(request, refusal.message)
        return redirect(quiz.url)
    return redirect("quizzes:attempt", attempt.pk)
