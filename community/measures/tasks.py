"""Background work for measures (django-tasks: the database worker in production, immediate in tests)."""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django_tasks import task

from community.measures.dashboard import build_dashboard
from community.measures.report_pdf import dashboard_pdf
from community.measures.report_period import report_filters, report_heading
from community.measures.units import Scope
from community.models import Member


@task()
def send_sponsor_report(*, sponsor_id: int, month: str) -> None:
    """Email one sponsor the PDF of their accounts' measures for the twelve months to the end of `month`."""
    sponsor = Member.objects.filter(pk=sponsor_id, is_active=True).first()
    if sponsor is None:
        return
    covered = datetime.date.fromisoformat(month)
    filters = report_filters(month=covered)
    board = build_dashboard(filters=filters, scope=Scope(sponsor_id=sponsor.pk), today=filters.end)
    heading = report_heading(month=covered)
    organisation = str(settings.WAGTAIL_SITE_NAME)
    message = EmailMessage(
        subject=f"[Postwise] {heading}",
        body=render_to_string(
            "measures/email/sponsor_report.txt",
            {"sponsor": sponsor, "heading": heading, "dashboard": board, "site_url": settings.WAGTAILADMIN_BASE_URL},
        ),
        to=[sponsor.email],
    )
    message.attach(
        f"measures-{covered:%Y-%m}.pdf",
        dashboard_pdf(dashboard=board, organisation=organisation, heading=heading),
        "application/pdf",
    )
    message.send()
