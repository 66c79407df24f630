"""Two-factor facts about a member and their session (allauth.mfa)."""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.dispatch import receiver

# The member who activated an authenticator in this session. allauth records a code typed at sign-in
# or to reauthenticate; activation takes a valid code too, so it counts the same. Signing out or in as
# someone else flushes the session, and the marker with it.
ACTIVATED_IN_SESSION = "postwise_mfa_activated_by"


def has_totp(user) -> bool:
    return Authenticator.objects.filter(user_id=user.pk, type=Authenticator.Type.TOTP).exists()


def session_used_mfa(request) -> bool:
    """Whether this session was signed in, or confirmed, with an authenticator code."""
    if request.session.get(ACTIVATED_IN_SESSION) == request.user.pk:
        return True
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


@receiver(authenticator_added)
def count_activation_as_mfa(sender, request, user, authenticator, **kwargs) -> None:
    """Activating TOTP takes a valid code, so this session has just used two factors."""
    if authenticator.type == Authenticator.Type.TOTP:
        request.session[ACTIVATED_IN_SESSION] = user.pk
