from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from community.permissions import permissions
from community.refusals import Refused
from community.submit_once import AlreadySubmitted
from community.workshops import services
from community.workshops.forms import PlacingForm, StatementForm, WorkshopForm
from community.workshops.models import Placing, Workshop
from community.workshops.results import SORTS, grouped_by_theme, results_csv, results_for, sorted_results
from courses.licences.qr import qr_svg

JOIN_CODE_PATTERN = set("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
LIVE_POLL_SECONDS = 4

MAX_STATEMENTS_SHOWN = 200


@login_required
def workshop_list(request):
    permissions.check(request.user, "workshops.view")
    workshops = list(Workshop.objects.all()[:50])
    return render(
        request,
        "workshops/list.html",
        {"workshops": workshops, "can_run": permissions.can(request.user, "workshops.run")},
    )


@login_required
def new_workshop(request):
    permissions.check(request.user, "workshops.run")
    form = WorkshopForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            workshop = services.open_workshop(champion=request.user, **form.cleaned_data)
        except AlreadySubmitted as duplicate:
            messages.info(request, duplicate.message)
            return redirect(duplicate.existing)
        messages.success(request, "The workshop is open.")
        return redirect(workshop)
    return render(request, "workshops/new.html", {"form": form})


def _detail(request, workshop, *, statement_form=None, placing_form=None):
    statements = list(workshop.statements.all()[:MAX_STATEMENTS_SHOWN])
    current = dict(
        Placing.objects.filter(member=request.user, statement__workshop=workshop).values_list(
            "statement_id", "position"
        )
    )
    return render(
        request,
        "workshops/detail.html",
        {
            "workshop": workshop,
            "statements": statements,
            "statement_form": statement_form or StatementForm(themes=workshop.themes),
            "placing_form": placing_form or PlacingForm(statements=statements, current=current),
            "can_run": permissions.can(request.user, "workshops.run"),
            "open": workshop.is_open,
            "positions": Placing._meta.get_field("position").choices,
        },
    )


@login_required
def detail(request, pk: int):
    permissions.check(request.user, "workshops.view")
    return _detail(request, get_object_or_404(Workshop, pk=pk))


@require_POST
@login_required
def add_statement(request, pk: int):
    permissions.check(request.user, "workshops.view")
    workshop = get_object_or_404(Workshop, pk=pk)
    form = StatementForm(request.POST, themes=workshop.themes)
    if form.is_valid():
        try:
            services.add_statement(
                member=request.user,
                workshop=workshop,
                text=form.cleaned_data["text"],
                theme=form.cleaned_data["theme"],
                position=form.cleaned_data["position"],
            )
        except Refused as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, "Your statement is on the line.")
            return redirect(workshop)
    return _detail(request, workshop, statement_form=form)


@require_POST
@login_required
def place(request, pk: int):
    permissions.check(request.user, "workshops.view")
    workshop = get_object_or_404(Workshop, pk=pk)
    statements = {statement.pk: statement for statement in workshop.statements.all()[:MAX_STATEMENTS_SHOWN]}
    form = PlacingForm(request.POST, statements=statements.values(), current={})
    if form.is_valid():
        try:
            services.place_all(
                member=request.user,
                workshop_id=workshop.pk,
                placings={statements[statement_id]: position for statement_id, position in form.placings().items()},
            )
        except Refused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, "Your placings are saved.")
        return redirect(workshop)
    return _detail(request, workshop, placing_form=form)


@require_POST
@login_required
def close(request, pk: int):
    workshop = get_object_or_404(Workshop, pk=pk)
    services.close_workshop(champion=request.user, workshop=workshop)
    messages.success(request, "The workshop is closed. Its results are final.")
    return redirect("workshops:results", pk=workshop.pk)


@login_required
def results(request, pk: int):
    permissions.check(request.user, "workshops.view")
    workshop = get_object_or_404(Workshop, pk=pk)
    order = request.GET.get("order") if request.GET.get("order") in SORTS else "agreement"
    by_theme = request.GET.get("group") == "theme"
    visible = permissions.can(request.user, "workshops.see_placings", workshop)
    rows = sorted_results(results_for(workshop=workshop), order=order) if visible else []
    groups = grouped_by_theme(rows) if by_theme else [("", rows)]
    return render(
        request,
        "workshops/results.html",
        {
            "workshop": workshop,
            "groups": groups,
            "by_theme": by_theme,
            "order": order,
            "sorts": SORTS,
            "visible": visible,
            "can_run": permissions.can(request.user, "workshops.run"),
        },
    )


@login_required
def results_export(request, pk: int):
    permissions.check(request.user, "workshops.view")
    workshop = get_object_or_404(Workshop, pk=pk)
    permissions.check(request.user, "workshops.see_placings", workshop)
    response = HttpResponse(results_csv(workshop=workshop), content_type="text/csv; charset=utf-8")
    name = slugify(workshop.question)[:50] or "workshop"
    response["Content-Disposition"] = f'attachment; filename="{name}-results.csv"'
    return response


# Live mode: a projector view for the champion running the room ------------------------------------------------


def _live_context(workshop) -> dict:
    rows = results_for(workshop=workshop)
    return {
        "workshop": workshop,
        "rows": sorted_results(rows, order="agreement"),
        "placings": sum(row.total for row in rows),
        "people": Placing.objects.filter(statement__workshop=workshop).values("member_id").distinct().count(),
    }


@login_required
def live(request, pk: int):
    permissions.check(request.user, "workshops.run")
    workshop = get_object_or_404(Workshop, pk=pk)
    code = services.join_code(champion=request.user, workshop=workshop)
    join_url = request.build_absolute_uri(reverse("workshops:join", kwargs={"code": code}))
    context = _live_context(workshop) | {
        "code": code,
        "join_url": join_url,
        "qr": qr_svg(join_url),
        "poll_seconds": LIVE_POLL_SECONDS,
    }
    return render(request, "workshops/live.html", context)


@login_required
def live_results(request, pk: int):
    """The projector's results fragment, fetched every few seconds by workshop-live.js."""
    permissions.check(request.user, "workshops.run")
    workshop = get_object_or_404(Workshop, pk=pk)
    response = render(request, "workshops/live_results.html", _live_context(workshop))
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@login_required
def reveal(request, pk: int):
    permissions.check(request.user, "workshops.run")
    workshop = get_object_or_404(Workshop, pk=pk)
    hidden = request.POST.get("hidden") == "1"
    services.set_placings_hidden(champion=request.user, workshop=workshop, hidden=hidden)
    messages.success(request, "Placings are hidden until you reveal them." if hidden else "Placings are shown.")
    return redirect("workshops:live", pk=workshop.pk)


@login_required
def join(request, code: str):
    """The short link and QR code lead here: to the workshop, for any signed-in member."""
    permissions.check(request.user, "workshops.view")
    code = code.upper()
    if len(code) > 8 or not set(code) <= JOIN_CODE_PATTERN:
        raise Http404
    workshop = get_object_or_404(Workshop, join_code=code)
    return redirect(workshop)


@require_POST
@login_required
def promote(request, pk: int):
    permissions.check(request.user, "workshops.run")
    workshop = get_object_or_404(Workshop, pk=pk)
    try:
        made = services.promote_most_agreed(champion=request.user, workshop=workshop)
    except Refused as refusal:
        messages.error(request, refusal.message)
    else:
        if made:
            messages.success(
                request,
                f"{len(made)} draft best practice statement{'s' if len(made) != 1 else ''} made. "
                "Review and publish them from the best practice library.",
            )
        else:
            messages.info(request, "No new statements were agreed clearly enough to become best practice drafts.")
    return redirect("workshops:results", pk=workshop.pk)
