"""Subject access exports: asking for one, and building it in the background (a django-tasks task: the database
worker in production, immediate in tests), which stores the ZIP and emails the link.

The task is here, beside the request that enqueues it, because its work is a write: the privacy app has no
tasks.py (services would import it, and it would import services back)."""

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from community.permissions import permissions
from community.privacy import exports
from community.privacy.models import DataExport, ErasureLog
from community.refusals import Refused


def request_export(*, member, by, basis: str = "Subject access request") -> DataExport:
    """Starts an export of `member`'s data for `by` (the member, or a data protection officer)."""
    permissions.check(by, "privacy.export", member)
    with transaction.atomic():
        get_user_model().objects.select_for_update().filter(pk=member.pk).first()
        if DataExport.objects.filter(member=member, status=DataExport.Status.PENDING).exists():
            raise Refused("An export of this member's data is already being prepared. We will email a link.")
        export = DataExport.objects.create(member=member, requested_by=by)
        ErasureLog.objects.create(
            action=ErasureLog.Action.EXPORTED, member=member, member_number=member.pk, by=by, basis=basis
        )
    build_export.enqueue(export_id=export.pk)
    return export


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
                "link": exports.download_link(export),
                "days": exports.LINK_DAYS,
            },
        ),
        from_email=None,
        recipient_list=[recipient.email],
    )
