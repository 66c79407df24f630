"""Champions' reasonable adjustments to members' quiz time limits (WCAG 2.2.1). The member's own 10-minute
extension is asked for from the attempt page (views/attempt.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from community.models import Member
from community.permissions import permissions
from community.refusals import Refused
from courses.quizzes.forms import TimeAdjustmentForm
from courses.quizzes.selectors import adjustment_history, adjustments_in_force
from courses.quizzes.services import set_time_adjustment


@login_required
@require_http_methods(["GET", "POST"])
def time_adjustments(request):
    permissions.check(request.user, "quizzes.adjust_time", conceal=True)
    form = TimeAdjustmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        member = Member.objects.filter(email__iexact=form.cleaned_data["email"], is_active=True).first()
        if member is None:
            form.add_error("email", "No member has this email address")
        else:
            kind = form.cleaned_data["kind"]
            try:
                adjustment = set_time_adjustment(
                    member=member,
                    extra_minutes=(form.cleaned_data.get("extra_minutes") or 0) if kind == form.EXTRA else 0,
                    no_limit=kind == form.NO_LIMIT,
                    reason=form.cleaned_data["reason"],
                    by=request.user,
                    now=timezone.now(),
                )
            except Refused as refusal:
                form.add_error(refusal.field, refusal.message)
            else:
                messages.success(request, f"{member.display_name}: {adjustment.describe().lower()}. This is recorded.")
                return redirect("quizzes:time_adjustments")
    context = {"form": form, "in_force": adjustments_in_force(), "history": adjustment_history()}
    return render(request, "quizzes/time_adjustments.html", context, status=400 if form.errors else 200)
