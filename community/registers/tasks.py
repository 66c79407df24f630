"""Emails about the register (django-tasks: the database worker in production, immediate in development and
tests). Each task reads fresh rows, so a retried task sends the news as it stands."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django_tasks import task

from community.registers.models import Application, ManagerLapse
from community.registers.selectors import coordinators


def _send(*, to, subject: str, template: str, **context) -> None:
    recipients = [member for member in to if member is not None and member.is_active and member.email]
    for member in {member.pk: member for member in recipients}.values():
        send_mail(
            subject=f"[Postwise] {subject}",
            message=render_to_string(
                template, {**context, "member": member, "site_url": settings.WAGTAILADMIN_BASE_URL}
            ),
            from_email=None,
            recipient_list=[member.email],
        )


@task()
def send_application_news(*, application_id: int, event: str) -> None:
    """`event` is "submitted", "approve", "reject" or "changes"."""
    application = (
        Application.objects.select_related("applicant", "backup_manager", "sponsor", "decided_by", "account")
        .filter(pk=application_id)
        .first()
    )
    if application is None:
        return
    context = {"application": application, "link": reverse("registers:application", args=[application.pk])}
    name = application.name
    if event == "submitted":
        _send(
            to=[application.applicant],
            subject=f"We have your application for “{name}”",
            template="registers/email/application_received.txt",
            **context,
        )
        _send(
            to=coordinators(),
            subject=f"A new official account application: “{name}”",
            template="registers/email/application_to_decide.txt",
            **context,
        )
        _send(
            to=[application.backup_manager],
            subject=f"You are named as backup manager for “{name}”",
            template="registers/email/backup_named.txt",
            **context,
        )
        return
    _send(
        to=[application.applicant],
        subject=f"Your application for “{name}”: {application.get_status_display().lower()}",
        template="registers/email/application_decided.txt",
        **context,
    )
    if event == "approve":
        account_link = reverse("registers:account", args=[application.account_id]) if application.account_id else ""
        _send(
            to=[application.backup_manager, application.sponsor],
            subject=f"“{name}” is approved",
            template="registers/email/account_approved.txt",
            account_link=account_link,
            **context,
        )


@task()
def send_lapse_news(*, lapse_id: int) -> None:
    lapse = ManagerLapse.objects.select_related("account", "member").filter(pk=lapse_id).first()
    if lapse is None or lapse.resolved_on is not None:
        return
    _send(
        to=coordinators(),
        subject=f"{lapse.account.title}: a manager without a valid licence",
        template="registers/email/manager_lapse.txt",
        lapse=lapse,
        link=reverse("registers:account", args=[lapse.account_id]),
    )
