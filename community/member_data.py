"""The kernel's personal data provider: the member row, sign-in (allauth) and the admin's own tables (Wagtail,
Django admin). Registered in `community/wagtail_hooks.py`; see `community/personal_data.py`."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from wagtail.models import (
    APIToken,
    Comment,
    CommentReply,
    ModelLogEntry,
    PageLogEntry,
    Revision,
)
from wagtail.users.models import UserProfile

from community import services
from community.personal_data import PersonalData, rows_of


def member_rows(*, member) -> dict[str, list[dict]]:
    return {
        "member": rows_of(
            get_user_model().objects.filter(pk=member.pk),
            ["first_name", "last_name", "email", "department", "job_title", "date_joined", "last_login", "is_active"],
        ),
        "roles": [{"role": name} for name in member.groups.order_by("name").values_list("name", flat=True)],
        "email_addresses": rows_of(EmailAddress.objects.filter(user=member), ["email", "verified", "primary"]),
        # What kind of authenticator, never its secret.
        "authenticators": rows_of(Authenticator.objects.filter(user=member), ["type", "created_at", "last_used_at"]),
        "single_sign_on": rows_of(
            SocialAccount.objects.filter(user=member), ["provider", "uid", "date_joined", "last_login"]
        ),
    }


def admin_rows(*, member) -> dict[str, list[dict]]:
    return {
        "admin_profile": rows_of(UserProfile.objects.filter(user=member), ["preferred_language", "current_time_zone"]),
        "page_comments": rows_of(Comment.objects.filter(user=member), ["page__title", "text", "created_at"]),
        "comment_replies": rows_of(CommentReply.objects.filter(user=member), ["text", "created_at"]),
        "page_log": rows_of(PageLogEntry.objects.filter(user=member), ["action", "label", "timestamp"]),
        "model_log": rows_of(ModelLogEntry.objects.filter(user=member), ["action", "label", "timestamp"]),
        "django_admin_log": rows_of(LogEntry.objects.filter(user=member), ["action_time", "object_repr"]),
        "revisions": rows_of(Revision.objects.filter(user=member), ["object_str", "created_at"]),
        "api_tokens": rows_of(APIToken.objects.filter(user=member), ["name", "prefix", "created", "revoked_at"]),
    }


def member_provider() -> PersonalData:
    return PersonalData(
        key="account",
        title="Your account and sign-in",
        holds=(
            "Your name, work email address, department and job title; your roles; when you joined and last "
            "signed in; which authenticator app and single sign-on account you use (never their secrets)."
        ),
        why="To let you sign in, show your level and roles, and contact you about your work on the site.",
        kept="While you work here. When you leave your account is closed and, after the period below, anonymised.",
        retention="anonymise_leavers",
        models=("account.EmailAddress", "mfa.Authenticator", "socialaccount.SocialAccount"),
        rows=member_rows,
        anonymise=services.forget_sign_in,
        expiry={"sessions": services.expire_sessions},
    )


def admin_provider() -> PersonalData:
    return PersonalData(
        key="admin",
        title="Work in the admin",
        holds=(
            "For champions, coordinators and technical support: what you changed in the admin and when, comments "
            "on draft pages, uploaded images and documents, and your admin preferences and photo."
        ),
        why="So that the organisation can see who changed its pages and records, and undo a mistake.",
        kept="Change logs for the period below; pages' revisions for as long as the page exists.",
        retention="logs",
        models=(
            "wagtailusers.UserProfile",
            "wagtailcore.APIToken",
            "wagtailcore.ModelLogEntry",
            "wagtailcore.Revision",
            "wagtailcore.UploadedFile",
            "wagtailcore.WorkflowState",
            "wagtailcore.TaskState",
            "wagtailcore.Page",
            "wagtailcore.PageLogEntry",
            "wagtailcore.Comment",
            "wagtailcore.CommentReply",
            "wagtailcore.PageSubscription",
            "wagtailadmin.EditingSession",
            "wagtailadmin.FormState",
            "wagtaildocs.Document",
            "wagtailimages.Image",
            "admin.LogEntry",
        ),
        rows=admin_rows,
        expiry={"logs": services.expire_logs},
    )
