"""The daily retention job: deletes what is past the period a champion set (Settings → Retention periods),
anonymises leavers whose period ran out, and drops exports whose link has expired. Idempotent: a second run
finds nothing more to delete."""

import datetime

from django.db import transaction

from community.personal_data import providers
from community.privacy import exports
from community.privacy.models import DataExport, ErasureLog, RetentionSettings
from community.privacy.services.leavers import anonymise_due


def apply_retention(*, now: datetime.datetime) -> dict[str, int]:
    """Returns how many rows went, by retention name (and "leavers_anonymised", "exports")."""
    periods = RetentionSettings.load()
    deleted: dict[str, int] = {}
    for provider in providers():
        for name, expire in provider.expiry.items():
            days = periods.days_for(name)
            if days is None:
                raise LookupError(f"{provider.key} names a retention period {name!r} that RetentionSettings lacks")
            with transaction.atomic():
                count = expire(before=now - datetime.timedelta(days=days))
                if count:
                    ErasureLog.objects.create(
                        action=ErasureLog.Action.RETENTION,
                        basis=f"Retention period: {name.replace('_', ' ')}, {days} days",
                        detail=f"{count} record(s) deleted",
                    )
            deleted[name] = deleted.get(name, 0) + count
    deleted["leavers_anonymised"] = anonymise_due(today=now.date())
    expired_exports, _ = DataExport.objects.filter(
        requested_at__lt=now - datetime.timedelta(days=exports.LINK_DAYS)
    ).delete()
    deleted["exports"] = expired_exports
    return deleted
