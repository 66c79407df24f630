"""Subject access exports: asking for one (the task in ../tasks.py builds and emails it)."""

from django.contrib.auth import get_user_model
from django.db import transaction

from community.permissions import permissions
from community.privacy.models import DataExport, ErasureLog
from community.privacy.tasks import build_export
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
