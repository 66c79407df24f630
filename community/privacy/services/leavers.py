"""Leavers: deactivation stops sign-in at once; anonymisation, later or at once, removes who they were and keeps
what they did. Each write locks the member row, runs in one transaction and is logged (who, when, on what basis,
never the content)."""

import datetime
from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from community.personal_data import providers
from community.privacy.models import Departure, ErasureLog, RetentionSettings
from community.refusals import Refused
from community.viewer import forget_facts

FORMER_MEMBER = "Former member"


def former_email(member_pk: int) -> str:
    """A unique address that can never receive mail (`.invalid` is reserved)."""
    return f"former-member-{member_pk}@anonymised.invalid"


def end_sessions(*, member) -> int:
    """Deletes the member's open sessions, so that a signed-in browser is signed out at its next request."""
    ended = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(member.pk):
            ended.append(session.pk)
    # Through the configured session store, so that a cached session (SESSION_ENGINE "cached_db") goes too.
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    for session_key in ended:
        store.delete(session_key)
    return len(ended)


def _locked(member):
    return get_user_model().objects.select_for_update().get(pk=member.pk)


def deactivate(
    *,
    member,
    by,
    basis: str,
    remove_words: bool = False,
    anonymise_now: bool = False,
    today: datetime.date | None = None,
) -> Departure:
    """Closes a leaver's account: no sign-in from now (password or single sign-on), open sessions ended,
    their accounts' coordinators told. Anonymised after the retention setting's period, or now. Running it
    again for someone who has left changes nothing (the directory may send a deactivation twice)."""
    today = today or timezone.localdate()
    basis = " ".join((basis or "").split())
    if not basis:
        raise Refused("Say why the account is closed, for the erasure log.", field="basis")
    if by is not None and by.pk == member.pk:
        raise Refused("You cannot close your own account here. Ask another data protection officer.")
    with transaction.atomic():
        member = _locked(member)
        departure = Departure.objects.filter(member=member).first()
        if departure is None:
            days = RetentionSettings.load().anonymise_leavers_days
            get_user_model().objects.filter(pk=member.pk).update(is_active=False)
            member.is_active = False
            forget_facts(member)
            departure = Departure.objects.create(
                member=member,
                anonymise_on=today + datetime.timedelta(days=days),
                remove_words=remove_words,
                basis=basis,
                recorded_by=by,
            )
            ErasureLog.objects.create(
                action=ErasureLog.Action.DEACTIVATED, member=member, member_number=member.pk, by=by, basis=basis
            )
            end_sessions(member=member)
            for provider in providers():
                if provider.leaving is not None:
                    provider.leaving(member=member)
    if anonymise_now:
        anonymise(member=member, by=by, basis=basis, remove_words=remove_words)
    return departure


def anonymise(*, member, by, basis: str, remove_words: bool | None = None) -> bool:
    """Replaces the leaver's name with "Former member <n>" and removes their email, department, job title,
    sign-in methods and what each app's provider removes. Records stay, under the new name. Returns False
    when they were anonymised already."""
    with transaction.atomic():
        member = _locked(member)
        departure = Departure.objects.select_for_update().filter(member=member).first()
        if departure is None:
            raise Refused("Close the member's account before anonymising it.")
        if departure.anonymised_at is not None:
            return False
        if remove_words is None:
            remove_words = departure.remove_words
        for provider in providers():
            if provider.anonymise is not None:
                provider.anonymise(member=member, remove_words=remove_words)
        member.first_name = FORMER_MEMBER
        member.last_name = str(member.pk)
        member.email = former_email(member.pk)
        member.department = ""
        member.job_title = ""
        # The directory's user name is usually their email; its opaque id (scim_id) stays for a later DELETE.
        member.scim_username = ""
        member.scim_external_id = ""
        member.is_active = False
        member.is_staff = False
        member.is_superuser = False
        member.set_unusable_password()
        member.save()
        member.groups.clear()
        member.user_permissions.clear()
        departure.anonymised_at = timezone.now()
        departure.remove_words = remove_words
        departure.save(update_fields=["anonymised_at", "remove_words"])
        ErasureLog.objects.create(
            action=ErasureLog.Action.ANONYMISED,
            member=member,
            member_number=member.pk,
            by=by,
            basis=" ".join(basis.split()) or departure.basis,
            detail="Forum words removed too." if remove_words else "",
        )
    return True


def anonymise_due(*, today: datetime.date) -> int:
    """Anonymises every leaver whose period has run out; returns how many. Safe to run twice."""
    due = Departure.objects.filter(anonymised_at__isnull=True, anonymise_on__lte=today).select_related("member")
    done = 0
    for departure in due:
        if anonymise(member=departure.member, by=None, basis="The retention period for leavers ran out"):
            done += 1
    return done
