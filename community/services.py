"""Writes for members: making and changing them, and what the privacy app asks of the kernel's personal data
(a leaver's sign-in and admin records, the expiry of sessions and admin logs; see member_data.py)."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.db import transaction
from wagtail.admin.models import EditingSession, FormState
from wagtail.models import (
    APIToken,
    Comment,
    CommentReply,
    ModelLogEntry,
    PageLogEntry,
    PageSubscription,
    UploadedFile,
)
from wagtail.users.models import UserProfile

from community.models import Member
from community.roles import Role


@transaction.atomic
def ensure_member(
    *,
    email: str,
    password: str,
    first_name: str = "",
    last_name: str = "",
    department: str = "",
    roles: tuple[Role, ...] = (),
    superuser: bool = False,
) -> tuple[Member, bool]:
    """Create a verified member with these roles, or leave an existing one as it is."""
    email = email.lower()
    member = Member.objects.filter(email=email).first()
    created = member is None
    if created:
        create = Member.objects.create_superuser if superuser else Member.objects.create_user
        member = create(
            email=email, password=password, first_name=first_name, last_name=last_name, department=department
        )
    EmailAddress.objects.get_or_create(user=member, email=email, defaults={"verified": True, "primary": True})
    for role in roles:
        member.groups.add(Group.objects.get(name=role.value))
    return member, created


def update_member_details(*, member: Member, first_name: str, last_name: str, department: str) -> Member:
    """The member's own name and department, from "Your account"."""
    member.first_name, member.last_name, member.department = first_name.strip(), last_name.strip(), department.strip()
    member.save(update_fields=["first_name", "last_name", "department"])
    return member


def forget_sign_in(*, member, remove_words: bool) -> None:
    """A leaver's addresses, authenticators, SSO links, admin profile (and photo) and admin drafts go."""
    EmailAddress.objects.filter(user=member).delete()
    Authenticator.objects.filter(user=member).delete()
    SocialAccount.objects.filter(user=member).delete()
    for profile in UserProfile.objects.filter(user=member):
        if profile.avatar:
            profile.avatar.delete(save=False)
        profile.delete()
    PageSubscription.objects.filter(user=member).delete()
    EditingSession.objects.filter(user=member).delete()
    FormState.objects.filter(user=member).delete()
    APIToken.objects.filter(user=member).delete()
    UploadedFile.objects.filter(uploaded_by_user=member).delete()
    if remove_words:
        Comment.objects.filter(user=member).update(text="[removed]")
        CommentReply.objects.filter(user=member).update(text="[removed]")


def expire_sessions(*, before) -> int:
    """Sign-in sessions that expired before `before` (Django's clearsessions removes all expired ones)."""
    deleted, _ = Session.objects.filter(expire_date__lt=before).delete()
    return deleted


def expire_logs(*, before) -> int:
    """The admin's change logs (Django's and Wagtail's) older than `before`."""
    total = 0
    for queryset in (
        LogEntry.objects.filter(action_time__lt=before),
        PageLogEntry.objects.filter(timestamp__lt=before),
        ModelLogEntry.objects.filter(timestamp__lt=before),
    ):
        deleted, _ = queryset.delete()
        total += deleted
    return total
