"""What the register holds about a member: accounts they manage or sponsor, when they managed each, applications
they made or were named in, status changes they made and their managers' licence lapses.

A leaver who manages an account no longer counts as a licensed manager (`selectors.valid_licence` needs an
active holder), so leaving runs the same lapse check as a licence running out: the account shows "no
licensed manager" and the coordinators are told once."""

from django.db.models import Q
from django.utils import timezone

from community.models import OfficialAccount
from community.personal_data import PersonalData, rows_of
from community.registers.forms import ApplicationForm
from community.registers.models import Application, ManagerLapse, ManagerPeriod, StatusChange
from community.registers.services import find_lapses

ACCOUNT_FIELDS = ["platform", "name", "handle", "status"]
# The business case as the applicant wrote it (the form's fields), with its status and dates.
APPLICATION_FIELDS = [
    "status",
    *ApplicationForm.Meta.fields,
    "created_at",
    "submitted_at",
    "decided_at",
    "decision_reason",
]


def rows(*, member) -> dict[str, list[dict]]:
    return {
        "accounts_managed": rows_of(OfficialAccount.objects.filter(managers=member), ACCOUNT_FIELDS),
        "management_periods": rows_of(
            ManagerPeriod.objects.filter(member=member), ["account__name", "started_on", "ended_on"]
        ),
        "accounts_sponsored": rows_of(OfficialAccount.objects.filter(sponsor=member), ACCOUNT_FIELDS),
        "applications": rows_of(Application.objects.filter(applicant=member), APPLICATION_FIELDS),
        # Someone else's application that names this member: what it is for, not the applicant.
        "applications_naming_you": [
            {
                "name": application.name,
                "platform": application.platform,
                "status": application.status,
                "you_are": ", ".join(
                    role
                    for role, who in (
                        ("backup manager", application.backup_manager_id),
                        ("sponsor", application.sponsor_id),
                        ("decided by you", application.decided_by_id),
                    )
                    if who == member.pk
                ),
            }
            for application in Application.objects.exclude(applicant=member)
            .filter(Q(backup_manager=member) | Q(sponsor=member) | Q(decided_by=member))
            .order_by("pk")
        ],
        "status_changes_made": rows_of(
            StatusChange.objects.filter(changed_by=member),
            ["account__name", "from_status", "to_status", "changed_at", "reason"],
        ),
        "licence_lapses": rows_of(
            ManagerLapse.objects.filter(member=member), ["account__name", "detected_on", "resolved_on"]
        ),
    }


def leaving(*, member) -> None:
    """The leaver's accounts lose a licensed manager: record the lapse and tell the coordinators, once."""
    find_lapses(today=timezone.localdate(), member_ids=[member.pk])


def provider() -> PersonalData:
    return PersonalData(
        key="registers",
        title="Official accounts",
        holds=(
            "The official accounts you manage or sponsor and when you managed each, your applications for new "
            "accounts and those that name you, the changes of status you made, and any time your licence lapsed "
            "while you managed an account."
        ),
        why="To keep the register of who runs the organisation's accounts.",
        kept="As long as the account's record; under an anonymised name after you leave.",
        models=(
            "community.OfficialAccount",
            "registers.StatusChange",
            "registers.ManagerLapse",
            "registers.ManagerPeriod",
            "registers.Application",
        ),
        rows=rows,
        leaving=leaving,
    )
