"""An account's measures (charts and table), recording a month, the CSV import, the sponsor report."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from community.account_metrics import csv_import, selectors, services
from community.account_metrics.charts import trend_charts
from community.account_metrics.forms import MEASURE_LABELS, ImportForm, MeasureForm, ReportPeriodForm
from community.account_metrics.models import MonthlyMeasure
from community.account_metrics.months import parse_month
from community.account_metrics.report import default_period, sponsor_report
from community.account_metrics.report_pdf import sponsor_report_pdf
from community.models import OfficialAccount
from community.organisation import organisation_for
from community.permissions import permissions
from community.refusals import Refused

MONTHS_SHOWN = 24


def _account(request, account_pk: int, action: str) -> OfficialAccount:
    account = get_object_or_404(OfficialAccount.objects.select_related("sponsor"), pk=account_pk)
    permissions.check(request.user, action, account)
    return account


def _message(result: services.ImportResult) -> str:
    parts = []
    if result.added:
        parts.append(f"{result.added} month{'s' if result.added != 1 else ''} added")
    if result.updated:
        parts.append(f"{result.updated} month{'s' if result.updated != 1 else ''} updated")
    return " and ".join(parts).capitalize() + "."


@login_required
def measures(request, account_pk: int):
    account = _account(request, account_pk, "account_metrics.view")
    recorded = selectors.recent_measures(account=account, limit=MONTHS_SHOWN)
    return render(
        request,
        "account_metrics/measures.html",
        {
            "account": account,
            "measures": list(reversed(recorded)),
            "charts": trend_charts(recorded[-12:]),
            "labels": MEASURE_LABELS,
            "can_record": permissions.can(request.user, "account_metrics.record", account),
        },
    )


@login_required
def record(request, account_pk: int):
    account = _account(request, account_pk, "account_metrics.record")
    initial = {}
    month = parse_month(request.GET.get("month", ""))
    if month is not None:
        existing = MonthlyMeasure.objects.filter(account=account, month=month).first()
        initial = {"month": month, **({name: getattr(existing, name) for name in MEASURE_LABELS} if existing else {})}
    form = MeasureForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            result = services.record_month(member=request.user, account=account, **form.cleaned_data)
        except Refused as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, f"{form.cleaned_data['month']:%B %Y}: {_message(result).lower()}")
            return redirect("account_metrics:measures", account_pk=account.pk)
    return render(request, "account_metrics/record.html", {"account": account, "form": form})


@login_required
def import_csv(request, account_pk: int):
    account = _account(request, account_pk, "account_metrics.record")
    form = ImportForm(request.POST or None, request.FILES or None)
    line_errors: list[tuple[int, str]] = []
    if request.method == "POST" and form.is_valid():
        try:
            parsed = csv_import.parse(csv_import.read_text(form.cleaned_data["file"]))
            result = services.import_measures(member=request.user, account=account, parsed=parsed)
        except csv_import.UnreadableFile as problem:
            form.add_error("file", problem.message)
        except Refused as refusal:
            line_errors = parsed.errors
            form.add_error("file", refusal.message)
        else:
            messages.success(request, f"Imported. {_message(result)}")
            return redirect("account_metrics:measures", account_pk=account.pk)
    status = 400 if form.errors else 200
    return render(
        request,
        "account_metrics/import.html",
        {"account": account, "form": form, "line_errors": line_errors, "columns": csv_import.COLUMNS},
        status=status,
    )


def _report(request, account_pk: int):
    account = _account(request, account_pk, "account_metrics.report")
    form = ReportPeriodForm(request.GET)
    start, end = default_period()
    if form.is_valid():
        start = form.cleaned_data["from"] or start
        end = form.cleaned_data["to"] or max(end, start)
    return account, form, sponsor_report(account=account, start=start, end=end)


@login_required
def report(request, account_pk: int):
    account, form, data = _report(request, account_pk)
    return render(
        request,
        "account_metrics/report.html",
        {"account": account, "form": form, "report": data, "labels": MEASURE_LABELS, "query": request.GET.urlencode()},
        status=400 if form.errors else 200,
    )


@login_required
def report_pdf(request, account_pk: int):
    account, form, data = _report(request, account_pk)
    organisation = organisation_for(request).organisation_name
    response = HttpResponse(sponsor_report_pdf(report=data, organisation=organisation), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="sponsor-report-{account.pk}-{data.start:%Y-%m}-to-{data.end:%Y-%m}.pdf"'
    )
    return response
