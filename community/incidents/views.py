"""Incident pages: the account's incidents, reporting one, its recovery checklist, closing it.

Every view asks `community.permissions` and conceals (404) what the viewer may not see.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from community.incidents import selectors, services
from community.incidents.forms import CloseIncidentForm, RecordStepForm, ReportIncidentForm
from community.incidents.models import RecoveryChecklist
from community.models import OfficialAccount
from community.permissions import permissions
from community.refusals import Refused
from community.submit_once import AlreadySubmitted, save_form_once


def _before(request) -> int | None:
    value = request.GET.get("before", "")
    return int(value) if value.isdigit() and len(value) < 19 else None


def _account(request, account_pk: int, action: str) -> OfficialAccount:
    account = get_object_or_404(OfficialAccount, pk=account_pk)
    permissions.check(request.user, action, account, conceal=True)
    return account


def _incident(request, account_pk: int, pk: int):
    incident = selectors.incident_with_steps(account_id=account_pk, pk=pk)
    if incident is None:
        raise Http404("Not found")
    permissions.check(request.user, "incidents.work_on", incident, conceal=True)
    return incident


def _pages(request, next_before) -> dict:
    """Links for the one pagination component: back to the newest, and on to older incidents."""
    return {
        "newest_url": "?" if _before(request) else "",
        "older_url": f"?before={next_before}" if next_before else "",
    }


@login_required
def all_incidents(request):
    permissions.check(request.user, "incidents.list", conceal=True)
    incidents, next_before = selectors.incidents_visible_to(member=request.user, before=_before(request))
    return render(request, "incidents/all.html", {"incidents": incidents, **_pages(request, next_before)})


@login_required
def account_incidents(request, account_pk: int):
    account = _account(request, account_pk, "incidents.view")
    incidents, next_before = selectors.incidents_of_account(account=account, before=_before(request))
    return render(
        request,
        "incidents/account.html",
        {"account": account, "incidents": incidents, **_pages(request, next_before)},
    )


@login_required
def report(request, account_pk: int):
    account = _account(request, account_pk, "incidents.report")
    form = ReportIncidentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        done = save_form_once(
            request,
            form,
            lambda: services.report_incident(member=request.user, account=account, **form.cleaned_data),
            saved="The incident is reported. Work through its recovery checklist below.",
        )
        if done:
            return done
    return render(request, "incidents/report.html", {"account": account, "form": form})


def _step_form(step_pk: int, data=None) -> RecordStepForm:
    return RecordStepForm(data, prefix=f"step{step_pk}")


def _detail(request, incident, *, step_form=None, close_form=None, status=200):
    checklist = RecoveryChecklist.objects.filter(risk=incident.risk).only("introduction").first()
    steps = list(incident.steps.all())
    for step in steps:
        step.form = step_form if step_form is not None and step_form.prefix == f"step{step.pk}" else _step_form(step.pk)
    return render(
        request,
        "incidents/detail.html",
        {
            "account": incident.account,
            "incident": incident,
            "steps": steps,
            "steps_done": sum(1 for step in steps if step.is_done),
            "introduction": checklist.introduction if checklist else "",
            "step_form": step_form,
            "close_form": close_form or CloseIncidentForm(),
            "can_send_lesson": permissions.can(request.user, "incidents.send_lesson", incident),
        },
        status=status,
    )


@login_required
def detail(request, account_pk: int, pk: int):
    return _detail(request, _incident(request, account_pk, pk))


@require_POST
@login_required
def record_step(request, account_pk: int, pk: int, step_pk: int):
    incident = _incident(request, account_pk, pk)
    form = _step_form(step_pk, request.POST)
    if form.is_valid():
        try:
            step = services.record_step(
                member=request.user, incident=incident, step_id=step_pk, note=form.cleaned_data["note"]
            )
        except Refused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, f"Recorded: {step.text}.")
        return redirect(incident)
    return _detail(request, incident, step_form=form, status=400)


@require_POST
@login_required
def close(request, account_pk: int, pk: int):
    incident = _incident(request, account_pk, pk)
    form = CloseIncidentForm(request.POST)
    if form.is_valid():
        try:
            services.close_incident(member=request.user, incident=incident, lesson=form.cleaned_data["lesson"])
        except Refused as refusal:
            form.add_error("lesson", refusal.message)
        else:
            messages.success(request, "The incident is closed and its lesson recorded.")
            return redirect(incident)
    return _detail(request, incident, close_form=form, status=400)


@require_POST
@login_required
def send_lesson(request, account_pk: int, pk: int):
    incident = _incident(request, account_pk, pk)
    try:
        statement = services.send_lesson(member=request.user, incident=incident)
    except AlreadySubmitted as duplicate:
        messages.info(request, duplicate.message)
        return redirect(duplicate.existing)
    except Refused as refusal:
        messages.error(request, refusal.message)
        return redirect(incident)
    messages.success(request, "The lesson is a draft statement now. Check its wording, then publish it.")
    return redirect(statement)
