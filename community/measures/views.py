"""The measures dashboard, each measure's CSV, and the dashboard as a PDF. All reads; all GET."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode

from community.measures.charts import dashboard_charts
from community.measures.dashboard import build_dashboard
from community.measures.exports import entry_csv
from community.measures.filters import FilterForm
from community.measures.report_pdf import dashboard_pdf
from community.measures.units import Scope
from community.permissions import permissions


def _scope_for(request) -> Scope:
    """Champions and coordinators see everything; a sponsor sees the measures of their own accounts."""
    permissions.check(request.user, "measures.dashboard", conceal=True)
    if permissions.can(request.user, "measures.view"):
        return Scope()
    return Scope(sponsor_id=request.user.pk)


def _dashboard_for(request):
    scope = _scope_for(request)
    today = timezone.localdate()
    form = FilterForm(request.GET or None, today=today)
    filters = form.filters()
    return form, build_dashboard(filters=filters, scope=scope, today=today)


@login_required
def dashboard(request):
    form, board = _dashboard_for(request)
    nonce = getattr(request, "csp_nonce", "")
    charts = dashboard_charts(board, nonce=str(nonce))
    query = urlencode(board.filters.as_query())
    return render(
        request,
        "measures/dashboard.html",
        {"form": form, "dashboard": board, "charts": charts, "query": query},
    )


@login_required
def measure_csv(request, slug: str):
    _, board = _dashboard_for(request)
    entry = board.entry(slug)
    if entry is None or entry.result.unavailable:
        raise Http404("Not found")
    filters = board.filters
    response = HttpResponse(entry_csv(entry), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slug}-{filters.start:%Y%m%d}-{filters.end:%Y%m%d}.csv"'
    return response


@login_required
def report_pdf(request):
    _, board = _dashboard_for(request)
    content = dashboard_pdf(dashboard=board, organisation=str(settings.WAGTAIL_SITE_NAME), heading="Measures")
    response = HttpResponse(content, content_type="application/pdf")
    filters = board.filters
    response["Content-Disposition"] = f'inline; filename="measures-{filters.start:%Y%m%d}-{filters.end:%Y%m%d}.pdf"'
    return response
