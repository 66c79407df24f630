"""What the measures hold about a member: the monthly sponsor reports emailed to them."""

from community.measures import services
from community.measures.models import SponsorReport
from community.personal_data import PersonalData, rows_of


def rows(*, member) -> dict[str, list[dict]]:
    return {"sponsor_reports": rows_of(SponsorReport.objects.filter(sponsor=member), ["month", "sent_at"])}


def provider() -> PersonalData:
    return PersonalData(
        key="measures",
        title="Sponsor reports",
        holds="For sponsors of official accounts: which monthly reports were emailed to you.",
        why="So that each report is sent once a month.",
        kept="While you sponsor an account; deleted when you are anonymised.",
        models=("measures.SponsorReport",),
        rows=rows,
        anonymise=services.anonymise_leaver,
    )
