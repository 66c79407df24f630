"""The public verification page: holder's name, licence type, valid today or not. Nothing else."""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from community.permissions import permissions
from community.rate_limits import allow
from courses.licences.forms import VerifyCodeForm
from courses.licences.selectors import licence_by_code

CHECKS_PER_MINUTE = 20
RATE_SCOPE = "licence-verify"


def verify_licence(request, code: str):
    permissions.check(request.user, "licences.verify")
    if not allow(request, scope=RATE_SCOPE, limit=CHECKS_PER_MINUTE, window_seconds=60):
        response = render(request, "licences/verify_rate_limited.html", status=429)
        response["Retry-After"] = "60"
        return response
    licence = licence_by_code(code=code)
    if licence is None:
        return render(request, "licences/verify_not_found.html", status=404)
    context = {"licence": licence, "valid_today": licence.is_valid_on(timezone.localdate())}
    return render(request, "licences/verify.html", context)


def verify_start(request):
    """A form for typing in a code printed on a certificate. Works without JavaScript (GET)."""
    permissions.check(request.user, "licences.verify")
    form = VerifyCodeForm(request.GET or None)
    if form.is_valid():
        return HttpResponseRedirect(reverse("licences:verify", args=[form.cleaned_data["code"]]))
    return render(request, "licences/verify_start.html", {"form": form})
