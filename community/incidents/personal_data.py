"""What the incident log holds about a member: incidents they reported or closed and checklist steps they did."""

from community.incidents.models import Incident, IncidentStep
from community.personal_data import PersonalData, rows_of


def rows(*, member) -> dict[str, list[dict]]:
    return {
        "incidents_reported": rows_of(
            Incident.objects.filter(reported_by=member),
            ["account__name", "summary", "what_happened", "risk", "severity", "status", "reported_at"],
        ),
        "incidents_closed": rows_of(Incident.objects.filter(closed_by=member), ["summary", "closed_at", "lesson"]),
        "checklist_steps_done": rows_of(
            IncidentStep.objects.filter(done_by=member), ["incident__summary", "text", "done_at", "note"]
        ),
    }


def provider() -> PersonalData:
    return PersonalData(
        key="incidents",
        title="Incidents",
        holds="Incidents on official accounts that you reported or closed, and the recovery steps you took.",
        why="To recover from incidents and learn from them.",
        kept="As long as the account's record; the facts stay after you leave, without your name.",
        models=("incidents.Incident", "incidents.IncidentStep"),
        rows=rows,
    )
