"""Background work for licences (django-tasks: the database worker in production, immediate in tests)."""

from collections.abc import Callable

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django_tasks import task

from courses.licences.models import Licence


def _email_holder(*, licence_id: int, subject: Callable[[Licence], str], template: str, **context) -> None:
    licence = Licence.objects.select_related("holder", "licence_type").filter(pk=licence_id).first()
    if licence is None:
        return
    context.update(licence=licence, site_url=settings.WAGTAILADMIN_BASE_URL)
    send_mail(
        subject=f"[Postwise] {subject(licence)}",
        message=render_to_string(template, context),
        from_email=None,
        recipient_list=[licence.holder.email],
    )


@task()
def send_licence_reminder(*, licence_id: int, days_before: int) -> None:
    _email_holder(
        licence_id=licence_id,
        subject=lambda licence: f"Your {licence.licence_type} expires in {days_before} days",
        template="licences/email/reminder.txt",
        days_before=days_before,
    )


@task()
def send_licence_news(*, licence_id: int, subject: str, message: str) -> None:
    """Email the holder about a change to their licence (see courses.licences.news)."""
    _email_holder(
        licence_id=licence_id,
        subject=lambda licence: subject,
        template="licences/email/status_change.txt",
        message=message,
    )
