import time

import pyotp
from allauth.mfa import app_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import decrypt, encrypt

REAUTHENTICATE = "/accounts/2fa/reauthenticate/"


def activate_totp(member) -> str:
    """Give the member a real TOTP authenticator, stored as allauth stores one; returns the secret."""
    secret = pyotp.random_base32()
    Authenticator.objects.create(user=member, type=Authenticator.Type.TOTP, data={"secret": encrypt(secret)})
    return secret


def totp_secret_of(member) -> str:
    """The member's TOTP secret, activating an authenticator first if they have none."""
    authenticator = Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        return activate_totp(member)
    return decrypt(authenticator.data["secret"])


def current_code(secret: str, *, steps_ago: int = 0) -> str:
    """The code an authenticator app shows now (or `steps_ago` periods ago)."""
    totp = pyotp.TOTP(secret, digits=app_settings.TOTP_DIGITS, interval=app_settings.TOTP_PERIOD)
    return totp.at(time.time(), counter_offset=-steps_ago)


def sign_in_with_totp(client, member) -> str:
    """Log the client in as the member and confirm with a real TOTP code, as the admin requires.

    Returns the secret. The member gets an authenticator if they have none.
    """
    secret = totp_secret_of(member)
    client.force_login(member)
    response = client.post(REAUTHENTICATE, {"code": current_code(secret)})
    assert response.status_code == 302, "the TOTP confirmation was refused"
    return secret
