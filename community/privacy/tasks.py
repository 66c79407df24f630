"""Background work for privacy (django-tasks: the database worker in production, immediate in tests)."""

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from community.privacy import exports
from community.privacy.models import DataExport


def download_link(export: DataExport) -> str:
    """A signed link to the export, which the download view refuses after `exports.LINK_DAYS` days."""
    token = signing.dumps(export.pk, salt=exports.SALT)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("privacy:download", args=[token])


@task()
def build_export(*, export_id: int) -> None:
    """Builds the ZIP and emails the link to whoever asked. Safe to retry: a ready export is left alone."""
    export = DataExport.objects.select_related("member", "requested_by").filter(pk=export_id).first()
    if export is None or export.status == DataExport.Status.READY:
        return
    content = exports.build_zip(member=export.member)
    DataExport.objects.filter(pk=export.pk).update(
        content=content, status=DataExport.Status.READY, ready_at=timezone.now()
    )
    recipient = export.requested_by or export.member
    if not recipient.is_active or not recipient.email:
        return
    send_mail(
        subject="[Postwise] Your data is ready to download",
        message=render_to_string(
            "privacy/email/export_ready.txt",
            {
                "recipient": recipient,
                "for_someone_else": recipient.pk != export.member_id,
                "subject_number": export.member_id,
                "link": download_link(export),
                "days": exports.LINK_DAYS,
            },
        ),
        from_email=None,
        recipient_list=[recipient.email],
    )
