"""The quiz's own page: its rules, where the member stands, and the button to start."""

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.utils import timezone

from community.permissions import permissions
from courses.quizzes.forms import StartAttemptForm
from courses.quizzes.selectors import quiz_status


def serve_quiz_page(request, *, quiz, form: StartAttemptForm | None = None, status: int = 200):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    permissions.check(request.user, "quizzes.attempt", quiz)
    standing = quiz_status(member=request.user, quiz=quiz, now=timezone.now())
    if form is None:
        form = StartAttemptForm(needs_application=standing.needs_application)
    context = {"page": quiz, "self": quiz, "standing": standing, "form": form}
    return TemplateResponse(request, quiz.template, context, status=status)
