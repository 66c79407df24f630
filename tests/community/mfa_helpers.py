import time

from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value


def activate_totp(member) -> str:
    """Give the member a real TOTP authenticator; returns the secret."""
    secret = generate_totp_secret()
    TOTP.activate(member, secret)
    return secret


def current_code(secret: str, *, steps_ago: int = 0) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 - steps_ago))
