"""Answering an attempt: save as you go, then submit once."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from community.permissions import permissions
from community.refusals import Refused
from community.viewer import forget_facts
from courses.quizzes.forms import AnswersForm
from courses.quizzes.selectors import WARN_BEFORE, attempt_for, attempt_questions, extension_refusal, is_past_grace
from courses.quizzes.services import extend_attempt, save_answers, submit_attempt


def own_attempt_or_404(request, pk: int):
    attempt = attempt_for(attempt_id=pk)
    if attempt is None:
        raise Http404("Not found")
    permissions.check(request.user, "quizzes.view_attempt", attempt, conceal=True)
    return attempt


def _render(request, attempt, form, *, status: int = 200):
    now = timezone.now()
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "form": form,
        "questions": form.questions,
        "can_extend": not extension_refusal(attempt=attempt, now=now),
        # Counted on the server, so a wrong clock on the member's computer cannot move the warning.
        "seconds_left": int((attempt.deadline - now).total_seconds()) if attempt.deadline else None,
        "warn_seconds": int(WARN_BEFORE.total_seconds()),
    }
    return render(request, "quizzes/attempt.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def attempt_view(request, pk: int):
    attempt = own_attempt_or_404(request, pk)
    if not attempt.is_in_progress:
        if request.method == "POST":
            messages.info(request, "This attempt was already submitted. Here is its result.")
        return redirect("quizzes:review", attempt.pk)
    questions = attempt_questions(attempt=attempt)
    if request.method == "GET":
        return _render(request, attempt, AnswersForm(questions=questions, require_all=False))

    now = timezone.now()
    submitting = "submit" in request.POST
    if submitting and is_past_grace(attempt=attempt, now=now):
        return _submit(request, attempt, answers={}, now=now)
    form = AnswersForm(request.POST, questions=questions, require_all=submitting)
    if not form.is_valid():
        return _render(request, attempt, form, status=400)
    if submitting:
        return _submit(request, attempt, answers=form.answers(), now=now)
    if "extend" in request.POST:
        return _extend(request, attempt, answers=form.answers(), now=now)
    try:
        save_answers(attempt_id=attempt.pk, member=request.user, answers=form.answers(), now=now)
    except Refused as refusal:
        messages.error(request, refusal.message)
        return redirect("quizzes:attempt", attempt.pk)
    messages.success(request, "Your answers are saved. Submit them when you are ready.")
    return redirect("quizzes:attempt", attempt.pk)


def _submit(request, attempt, *, answers, now):
    try:
        submission = submit_attempt(attempt_id=attempt.pk, member=request.user, answers=answers, now=now)
    except Refused as refusal:
        messages.error(request, refusal.message)
        return redirect("quizzes:attempt", attempt.pk)
    if submission.already_submitted:
        messages.info(request, "This attempt was already submitted. Here is its result.")
    elif submission.scored_at_deadline:
        messages.warning(
            request,
            "Your answers arrived after the time limit, so the attempt was scored as your saved answers stood "
            "at the deadline.",
        )
    if submission.grant is not None:
        forget_facts(request.user)
        messages.success(request, submission.grant.message)
    elif not submission.already_submitted and not submission.scored_at_deadline:
        # Announced (a focused alert banner), so a screen reader user knows the submission worked.
        messages.success(request, "Your answers are submitted. Your result is below.")
    return redirect("quizzes:review", attempt.pk)


def _extend(request, attempt, *, answers, now):
    """Save the answers so far (nothing typed is lost), then add the one 10-minute extension."""
    try:
        save_answers(attempt_id=attempt.pk, member=request.user, answers=answers, now=now)
        attempt = extend_attempt(attempt_id=attempt.pk, member=request.user, now=now)
    except Refused as refusal:
        messages.error(request, refusal.message)
    else:
        deadline = timezone.localtime(attempt.deadline)
        messages.success(request, f"Your answers are saved and you have 10 more minutes: submit by {deadline:%H:%M}.")
    return redirect("quizzes:attempt", attempt.pk)
