"""The privacy notice, a member's own export, the signed download, and the data protection officer's pages."""

import datetime

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from community import rate_limits
from community.permissions import permissions
from community.privacy import exports, selectors
from community.privacy.forms import AnonymiseForm, DeactivateForm, FindMemberForm
from community.privacy.models import DataExport
from community.privacy.services import exports as export_services
from community.privacy.services import leavers
from community.refusals import Refused

EXPORTS_PER_DAY = 3  # Each export reads every app: a member needs one, not dozens.


def notice(request):
    """Public: anyone may read what is held about staff, why and for how long."""
    return render(request, "privacy/notice.html", {"sections": selectors.notice_sections()})


@require_POST
@login_required
def request_export(request):
    permissions.check(request.user, "privacy.export", request.user)
    if not rate_limits.allow(
        request, scope="privacy-export", limit=EXPORTS_PER_DAY, window_seconds=24 * 3600, who=str(request.user.pk)
    ):
        messages.info(request, f"You can ask for your data {EXPORTS_PER_DAY} times a day. Please try again tomorrow.")
        return redirect(reverse("home:account") + "#your-data")
    try:
        export_services.request_export(member=request.user, by=request.user)
    except Refused as refusal:
        messages.info(request, refusal.message)
    else:
        messages.success(
            request,
            f"We are preparing your data. We will email you a link, which works for {exports.LINK_DAYS} days.",
        )
    return redirect(reverse("home:account") + "#your-data")


@login_required
def download(request, token: str):
    """The emailed link: signed, expiring, and only for the export's subject or whoever asked for it."""
    try:
        export_id = signing.loads(token, salt=exports.SALT, max_age=datetime.timedelta(days=exports.LINK_DAYS))
    except signing.BadSignature:
        raise Http404("This link has expired or is not valid. Ask for your data again.") from None
    export = (
        DataExport.objects.filter(pk=export_id, status=DataExport.Status.READY).first()
        if isinstance(export_id, int)
        else None
    )
    permissions.check(request.user, "privacy.download", export, conceal=True)
    response = HttpResponse(bytes(export.content), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="postwise-data-{export.member_id}.zip"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def members(request):
    permissions.check(request.user, "privacy.manage_members", conceal=True)
    form = FindMemberForm(request.GET if "email" in request.GET else None)
    if form.is_valid():
        found = selectors.member_by_email(email=form.cleaned_data["email"])
        if found is not None:
            return redirect("privacy:member", pk=found.pk)
        form.add_error("email", "No member has that email address. Check it and try again.")
    return render(request, "privacy/members.html", {"form": form})


def _member_page(request, member, *, deactivate_form=None, anonymise_form=None, status=200):
    return render(
        request,
        "privacy/member.html",
        {
            "subject": member,
            "deactivate_form": deactivate_form or DeactivateForm(),
            "anonymise_form": anonymise_form or AnonymiseForm(),
            **selectors.member_record(member=member),
        },
        status=status,
    )


def _subject(request, pk: int):
    permissions.check(request.user, "privacy.manage_members", conceal=True)
    return get_object_or_404(get_user_model(), pk=pk)


@login_required
def member(request, pk: int):
    return _member_page(request, _subject(request, pk))


@require_POST
@login_required
def export_for(request, pk: int):
    subject = _subject(request, pk)
    try:
        export_services.request_export(member=subject, by=request.user)
    except Refused as refusal:
        messages.info(request, refusal.message)
    else:
        messages.success(request, f"We are preparing the export. We will email you a link ({exports.LINK_DAYS} days).")
    return redirect("privacy:member", pk=subject.pk)


def _officer_action(request, pk: int, *, form_class, service, done: str, form_name: str):
    """Closing or anonymising: the form, the service, a message beside the field if refused."""
    subject = _subject(request, pk)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            service(member=subject, by=request.user, **form.cleaned_data)
        except Refused as refusal:
            form.add_error(refusal.field if refusal.field in form.fields else None, refusal.message)
        else:
            messages.success(request, done)
            return redirect("privacy:member", pk=subject.pk)
    return _member_page(request, subject, status=400, **{form_name: form})


@require_POST
@login_required
def deactivate(request, pk: int):
    return _officer_action(
        request,
        pk,
        form_class=DeactivateForm,
        service=leavers.deactivate,
        done="The account is closed.",
        form_name="deactivate_form",
    )


@require_POST
@login_required
def anonymise(request, pk: int):
    return _officer_action(
        request,
        pk,
        form_class=AnonymiseForm,
        service=leavers.anonymise,
        done="The member is anonymised.",
        form_name="anonymise_form",
    )
