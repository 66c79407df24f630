"""Reads for the privacy pages."""

from django.contrib.auth import get_user_model

from community.personal_data import providers
from community.privacy.models import DataExport, Departure, ErasureLog, RetentionSettings


def notice_sections() -> list[dict]:
    """The privacy notice, from the providers and the retention periods: what, why and for how long."""
    periods = RetentionSettings.load()
    sections = []
    for provider in providers():
        days = periods.days_for(provider.retention)
        sections.append(
            {
                "title": provider.title,
                "holds": provider.holds,
                "why": provider.why,
                "kept": provider.kept,
                "days": days,
                "periods": [(name.replace("_", " "), periods.days_for(name)) for name in provider.expiry],
            }
        )
    return sections


def member_by_email(*, email: str):
    return get_user_model().objects.filter(email__iexact=email.strip()).first()


def member_record(*, member) -> dict:
    """The data protection officer's view of a member: their departure, recent exports and log."""
    return {
        "departure": Departure.objects.filter(member=member).first(),
        "exports": list(DataExport.objects.filter(member=member).defer("content")[:5]),
        "log": list(ErasureLog.objects.filter(member=member).select_related("by")[:20]),
    }


def latest_export(*, member):
    return DataExport.objects.filter(member=member, requested_by=member).defer("content").first()
