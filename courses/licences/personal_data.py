"""What the licences app holds about a member: their licences, and the changes a champion made to others'."""

from community.personal_data import PersonalData, rows_of
from courses.licences import services
from courses.licences.models import Licence, LicenceStatusChange, LicenceType


def rows(*, member) -> dict[str, list[dict]]:
    return {
        "licences": rows_of(
            Licence.objects.filter(holder=member),
            [
                "licence_type__name",
                "status",
                "issued_on",
                "expires_on",
                "verification_code",
                "business_reason",
                "line_manager",
                "created_at",
            ],
        ),
        "licence_history": rows_of(
            LicenceStatusChange.objects.filter(licence__holder=member),
            ["licence__licence_type__name", "event", "from_status", "to_status", "changed_at", "reason"],
        ),
        # Changes this member made, as a champion, to licences: the licence's type only, not its holder.
        "licence_changes_made": rows_of(
            LicenceStatusChange.objects.filter(changed_by=member).exclude(licence__holder=member),
            ["licence__licence_type__name", "event", "to_status", "changed_at"],
        ),
        # A licence type a champion holds the editing lock on (the licence types are reviewed content).
        "licence_types_locked": rows_of(LicenceType.objects.filter(locked_by=member), ["name", "locked_at"]),
    }


def provider() -> PersonalData:
    return PersonalData(
        key="licences",
        title="Licences",
        holds=(
            "Your corporate user licences: when they were issued and expire, their code, your business reason and "
            "line manager, and every change of status with its reason."
        ),
        why="So that anyone can check a licence, and the licence register can show who may post for us.",
        kept=("For audit, the licence register keeps a licence's history after you leave, under an anonymised name."),
        models=("licences.Licence", "licences.LicenceStatusChange", "licences.LicenceType"),
        rows=rows,
        anonymise=services.anonymise_leaver,
    )
