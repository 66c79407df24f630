"""An authenticator app for browser journeys: the current TOTP code for a secret."""

import time

import pyotp
from allauth.mfa import app_settings

SAFETY_MARGIN_SECONDS = 5


def current_totp_code(secret: str) -> str:
    """The code an authenticator app shows now.

    Waits out the last seconds of a period so the code is still valid when the form is posted.
    allauth refuses a code used once already in the same period at sign-in, so a journey that
    signs in twice with TOTP needs a fresh period between the two.
    """
    period = app_settings.TOTP_PERIOD
    seconds_left = period - time.time() % period
    if seconds_left < SAFETY_MARGIN_SECONDS:
        time.sleep(seconds_left)
    return pyotp.TOTP(secret, digits=app_settings.TOTP_DIGITS, interval=period).now()
