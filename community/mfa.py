"""Two-factor facts about a member and their session (allauth.mfa)."""

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.dispatch import receiver


def has_totp(user) -> bool:
    return Authenticator.objects.filter(user_id=user.pk, type=Authenticator.Type.TOTP).exists()


def session_used_mfa(request) -> bool:
    """Whether this session was signed in, or confirmed, with an authenticator code."""
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


@receiver(authenticator_added)
def count_activation_as_mfa(sender, request, user, authenticator, **kwargs) -> None:
    """Activating TOTP takes a valid code, so this session has just used two factors."""
    if authenticator.type == Authenticator.Type.TOTP:
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)
