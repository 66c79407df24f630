"""Steps on "My path": where the member stands with their licences, renewal, and the quiz to take.

Two queries whatever the member's history.
"""

from django.urls import reverse
from django.utils import timezone

from community.levels import Level
from community.path_steps import PathStep
from courses.licences.models import Licence, LicenceType
from courses.licences.selectors import current_licences_of


def _quiz_url(licence_type: LicenceType) -> str:
    quiz = licence_type.quiz
    return quiz.get_url() if quiz is not None and quiz.live else ""


def _steps_for_licence(licence: Licence, today) -> list[PathStep]:
    name = licence.licence_type.name
    if licence.status == Licence.Status.PENDING:
        return [
            PathStep(
                title=f"{name}: waiting for approval",
                description="You passed the quiz. A customer service champion will approve your licence.",
                order=15,
            )
        ]
    if licence.status == Licence.Status.SUSPENDED:
        return [
            PathStep(
                title=f"{name}: suspended",
                description="Speak to a customer service champion about your licence.",
                order=15,
            )
        ]
    if not licence.is_valid_on(today):
        return [
            PathStep(
                title=f"Renew your {name.lower()}",
                description=f"It expired on {licence.expires_on:%-d %B %Y}. Pass the quiz again to renew it.",
                url=_quiz_url(licence.licence_type),
                towards=Level.CORPORATE_USER if licence.licence_type.grants_corporate_level else None,
                order=15,
            )
        ]
    steps = [
        PathStep(
            title=f"Your {name.lower()} certificate",
            description=f"Valid until {licence.expires_on:%-d %B %Y}. Open the certificate to print or share it.",
            url=reverse("licences:certificate", args=[licence.pk]),
            done=True,
            order=60,
        )
    ]
    if licence.in_renewal_window(today):
        steps.append(
            PathStep(
                title=f"Renew your {name.lower()}",
                description=f"It expires on {licence.expires_on:%-d %B %Y}. Pass the quiz again before then: "
                "the new period starts when this one ends.",
                url=_quiz_url(licence.licence_type),
                order=15,
            )
        )
    return steps


def licence_steps(*, member, facts) -> list[PathStep]:
    if not facts.is_member:
        return []
    today = timezone.localdate()
    licences = current_licences_of(holder=member)
    steps = [step for licence in licences for step in _steps_for_licence(licence, today)]
    holds_corporate = any(licence.licence_type.grants_corporate_level for licence in licences)
    if facts.level == Level.BASIC and not holds_corporate:
        licence_type = (
            LicenceType.objects.filter(grants_corporate_level=True, quiz__live=True).select_related("quiz").first()
        )
        if licence_type is not None:
            steps.append(
                PathStep(
                    title=f"Pass the {licence_type.quiz.title.lower()}",
                    description=f"Passing gives you the {licence_type.name.lower()}, valid for "
                    f"{licence_type.validity_months} months.",
                    url=_quiz_url(licence_type),
                    towards=Level.CORPORATE_USER,
                    order=55,
                )
            )
    return steps
