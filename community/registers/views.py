from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from community.permissions import permissions
from community.refusals import Refused
from community.registers import selectors, services
from community.registers.forms import ApplicationForm, DecisionForm, DirectoryFilterForm
from community.registers.models import Application
from community.submit_once import save_form_once


@login_required
def directory(request):
    permissions.check(request.user, "registers.directory")
    form = DirectoryFilterForm(request.GET or None, departments=selectors.directory_departments())
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    page = selectors.directory_page(
        platform=filters.get("platform", ""), department=filters.get("department", ""), cursor=request.GET.get("after")
    )
    query = request.GET.copy()
    query.pop("after", None)
    if page.next_cursor:
        query["after"] = page.next_cursor
    return render(
        request,
        "registers/directory.html",
        {
            "form": form,
            "page": page,
            "next_query": query.urlencode() if page.next_cursor else "",
            "can_apply": permissions.can(request.user, "accounts.apply"),
        },
    )


@login_required
def account(request, pk: int):
    found = selectors.account_for_page(pk=pk)
    permissions.check(request.user, "registers.view_account", found, conceal=True)
    if found is None:
        raise Http404("Not found")
    coordinator = permissions.can(request.user, "accounts.manage_register")
    return render(
        request,
        "registers/account.html",
        {
            "account": found,
            "managers": selectors.managers_with_licence_facts(account=found),
            "changes": selectors.recent_status_changes(account=found) if coordinator else [],
            "coordinator": coordinator,
            # The sections other apps add (their rules decide; the register imports neither app).
            "can_see_measures": permissions.can(request.user, "account_metrics.view", found),
            "can_see_incidents": permissions.can(request.user, "incidents.view", found),
        },
    )


# The service names the model's field; the form asks for an email address instead.
FORM_FIELDS = {"backup_manager": "backup_email", "sponsor": "sponsor_email"}


def _application_form(request, application: Application | None):
    submitting = request.method == "POST" and "submit" in request.POST
    form = ApplicationForm(
        request.POST if request.method == "POST" else None, instance=application, submitting=submitting
    )
    if request.method == "POST" and form.is_valid():
        done = save_form_once(
            request,
            form,
            lambda: services.save_application(
                application=form.save(commit=False),
                applicant=request.user,
                submit=submitting,
                submission_key=form.cleaned_data.get("submission_key"),
            ),
            saved="Your application is with the account coordinators. We have emailed you."
            if submitting
            else "Your draft is saved. Submit it when the business case is ready.",
            fields=FORM_FIELDS,
        )
        if done:
            return done
    return render(request, "registers/application_form.html", {"form": form, "application": application})


@login_required
def apply(request):
    permissions.check(request.user, "accounts.apply")
    return _application_form(request, None)


def _visible_application(request, pk: int):
    """The application for its pages, or 404 whether it is missing or hidden from this viewer."""
    application = selectors.application_for_page(pk=pk)
    permissions.check(request.user, "registers.view_application", application, conceal=True)
    if application is None:
        raise Http404("Not found")
    return application


@login_required
def edit_application(request, pk: int):
    application = _visible_application(request, pk)
    permissions.check(request.user, "registers.edit_application", application)
    return _application_form(request, application)


@login_required
def applications(request):
    permissions.check(request.user, "registers.view_application")
    return render(
        request,
        "registers/applications.html",
        {
            "mine": selectors.applications_of(member=request.user),
            "waiting": selectors.waiting_applications() if permissions.can(request.user, "registers.decide") else None,
            "can_apply": permissions.can(request.user, "accounts.apply"),
        },
    )


def _application_page(request, application, *, decision_form=None, status=200):
    return render(
        request,
        "registers/application.html",
        {
            "application": application,
            "can_edit": permissions.can(request.user, "registers.edit_application", application),
            "can_decide": permissions.can(request.user, "registers.decide", application),
            "decision_form": decision_form or DecisionForm(),
        },
        status=status,
    )


@login_required
def application(request, pk: int):
    found = _visible_application(request, pk)
    return _application_page(request, found)


@require_POST
@login_required
def decide(request, pk: int):
    found = _visible_application(request, pk)
    permissions.check(request.user, "registers.decide", found)
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            decided = services.decide(application_id=found.pk, by=request.user, **form.cleaned_data)
        except Refused as refusal:
            form.add_error(refusal.field if refusal.field in form.fields else None, refusal.message)
        else:
            messages.success(
                request, f"Decision recorded: {decided.get_status_display().lower()}. We emailed everyone involved."
            )
            return redirect(decided)
    return _application_page(request, found, decision_form=form, status=400)
