"""Steps on "My path": the directory of official accounts, and applying for one. One query at most."""

from django.urls import reverse

from community.levels import Level
from community.path_steps import PathStep
from community.registers.models import Application


def official_account_steps(*, member, facts) -> list[PathStep]:
    if not facts.is_member:
        return []
    steps = [
        PathStep(
            title="Follow the organisation’s official accounts",
            description="The directory lists every active account, its department and who runs it.",
            url=reverse("registers:directory"),
            order=95,
        )
    ]
    if facts.level != Level.CORPORATE_USER:
        return steps
    open_applications = list(
        Application.objects.filter(
            applicant=member,
            status__in=[Application.Status.DRAFT, Application.Status.SUBMITTED, Application.Status.CHANGES_REQUESTED],
        ).order_by("-created_at")[:3]
    )
    for application in open_applications:
        steps.append(
            PathStep(
                title=f"Your application for “{application.name}”: {application.get_status_display().lower()}",
                description="Submit it when the business case is ready."
                if application.status == Application.Status.DRAFT
                else "An account coordinator will decide."
                if application.status == Application.Status.SUBMITTED
                else "The coordinator asked for changes: edit it and submit it again.",
                url=application.get_absolute_url(),
                towards=Level.ACCOUNT_MANAGER,
                order=45,
            )
        )
    if not open_applications:
        steps.append(
            PathStep(
                title="Apply for an official account",
                description="Make the business case for a new account, with a named backup manager and sponsor.",
                url=reverse("registers:apply"),
                towards=Level.ACCOUNT_MANAGER,
                order=45,
            )
        )
    return steps
