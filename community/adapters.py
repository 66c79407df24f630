from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django import forms
from django.conf import settings


def email_domain_allowed(email: str) -> bool:
    domain = email.rsplit("@", 1)[-1].lower().strip()
    return domain in settings.POSTWISE_EMAIL_DOMAINS


def domain_error_message() -> str:
    domains = ", ".join(f"@{domain}" for domain in settings.POSTWISE_EMAIL_DOMAINS)
    return f"Use your work email address. Sign-up is open to addresses ending {domains}."


class OrganisationAccountAdapter(DefaultAccountAdapter):
    """Sign-up is limited to the organisation's email domains."""

    def clean_email(self, email: str) -> str:
        email = super().clean_email(email).lower()
        if not email_domain_allowed(email):
            raise forms.ValidationError(domain_error_message())
        return email


class OrganisationSocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin) -> bool:
        email = (sociallogin.user.email or "").lower()
        return bool(email) and email_domain_allowed(email)
