"""Background work for licences (django-tasks: the database worker in production, immediate in tests)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django_tasks import task

from courses.licences.models import Licence


@task()
def send_licence_reminder(*, licence_id: int, days_before: int) -> None:
    licence = Licence.objects.select_related("holder", "licence_type").filter(pk=licence_id).first()
    if licence is None:
        return
    context = {"licence": licence, "days_before": days_before, "site_url": settings.WAGTAILADMIN_BASE_URL}
    send_mail(
        subject=f"[Postwise] Your {licence.licence_type} expires in {days_before} days",
        message=render_to_string("licences/email/reminder.txt", context),
        from_email=None,
        recipient_list=[licence.holder.email],
    )


@task()
def send_licence_news(*, licence_id: int, subject: str, message: str) -> None:
    """Email the holder about a change to their licence (see courses.licences.news)."""
    licence = Licence.objects.select_related("holder").filter(pk=licence_id).first()
    if licence is None:
        return
    context = {"licence": licence, "message": message, "site_url": settings.WAGTAILADMIN_BASE_URL}
    send_mail(
        subject=f"[Postwise] {subject}",
        message=render_to_string("licences/email/status_change.txt", context),
        from_email=None,
        recipient_list=[licence.holder.email],
    )
