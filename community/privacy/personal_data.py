"""What the privacy app itself holds about a member: their exports, their departure and the erasure log."""

from community.personal_data import PersonalData, rows_of
from community.privacy.models import DataExport, Departure, ErasureLog


def rows(*, member) -> dict[str, list[dict]]:
    return {
        "exports": rows_of(DataExport.objects.filter(member=member), ["requested_at", "status", "ready_at"]),
        "departure": rows_of(Departure.objects.filter(member=member), ["left_at", "anonymise_on", "basis"]),
        "erasure_log": rows_of(ErasureLog.objects.filter(member=member), ["action", "at", "basis"]),
    }


def provider() -> PersonalData:
    return PersonalData(
        key="privacy",
        title="Your privacy requests",
        holds=(
            "When you or the data protection officer asked for your data, when your account was closed and "
            "anonymised, and on what basis (never the data itself)."
        ),
        why="To show that we answered subject access requests and erased data as the law requires.",
        kept="Exports for 7 days; the erasure log for as long as the site runs.",
        models=("privacy.DataExport", "privacy.Departure", "privacy.ErasureLog"),
        rows=rows,
    )
