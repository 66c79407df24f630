from django.urls import reverse

from community.levels import Level
from community.mfa import has_totp
from community.path_steps import PathStep


def security_steps(*, member, facts) -> list[PathStep]:
    if not facts.must_use_mfa:
        return []
    return [
        PathStep(
            title="Set up two-factor authentication",
            description="Your role needs an authenticator app before you can use the admin.",
            url=reverse("mfa_activate_totp"),
            done=has_totp(member),
            order=10,
        )
    ]


def licence_route(*, member, facts) -> list[PathStep]:
    if facts.level != Level.BASIC:
        return []
    return [
        PathStep(
            title="Earn the corporate user licence",
            description="Complete the “Representing the organisation” course and pass its quiz.",
            towards=Level.CORPORATE_USER,
            order=50,
        )
    ]
