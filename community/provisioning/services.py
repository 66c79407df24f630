"""Writes for directory provisioning (SCIM). A deactivation is a leaver (`community.privacy.services.leavers`);
directory groups give roles."""

import uuid

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from community.privacy.models import Departure
from community.privacy.services.leavers import deactivate
from community.provisioning.models import DirectoryGroup
from community.refusals import Refused
from community.roles import Role

CLOSED_BY_DIRECTORY = "Closed by the directory (SCIM)"
MEMBER_FIELDS = ("first_name", "last_name", "email", "scim_username", "scim_external_id")


def _new_scim_id() -> str:
    return uuid.uuid4().hex


@transaction.atomic
def create_member(*, email: str, active: bool = True, **fields):
    """A new member from the directory: no password (they sign in by single sign-on), their address verified."""
    email = (email or "").strip().lower()
    if not email:
        raise Refused("A member needs an email address.", field="emails")
    members = get_user_model().objects
    if members.filter(email__iexact=email).exists():
        raise Refused("A member already has that email address.", field="emails")
    member = members.create_user(email=email, password=None, scim_id=_new_scim_id(), is_active=active, **fields)
    EmailAddress.objects.create(user=member, email=email, verified=True, primary=True)
    return member


def update_member(*, member, changes: dict) -> None:
    """Applies the directory's changes; `active: False` closes the account as a leaver's, `True` reopens it
    unless it was anonymised."""
    active = changes.pop("active", None)
    with transaction.atomic():
        member = get_user_model().objects.select_for_update().get(pk=member.pk)
        if "email" in changes:
            changes["email"] = changes["email"].strip().lower()
            clash = get_user_model().objects.filter(email__iexact=changes["email"]).exclude(pk=member.pk)
            if clash.exists():
                raise Refused("A member already has that email address.", field="emails")
        updated = [name for name in MEMBER_FIELDS if name in changes and getattr(member, name) != changes[name]]
        for name in updated:
            setattr(member, name, changes[name])
        if updated:
            member.save(update_fields=updated)
        if "email" in updated:
            EmailAddress.objects.filter(user=member).delete()
            EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)
        if active is True and not member.is_active:
            departure = Departure.objects.filter(member=member).first()
            if departure is not None and departure.anonymised_at is not None:
                raise Refused("This member was anonymised and cannot come back: provision them anew.")
            Departure.objects.filter(member=member).delete()
            get_user_model().objects.filter(pk=member.pk).update(is_active=True)
    if active is False and member.is_active:
        deactivate(member=member, by=None, basis=CLOSED_BY_DIRECTORY)


def _role_groups_of(member) -> set[str]:
    return set(DirectoryGroup.objects.filter(members=member).exclude(role="").values_list("role", flat=True).distinct())


def _sync_roles(*, members, role: str) -> None:
    """Each member holds `role` while a directory group gives it to them."""
    if not role:
        return
    group = Group.objects.get(name=role)
    for member in members:
        if role in _role_groups_of(member):
            member.groups.add(group)
        else:
            member.groups.remove(group)


@transaction.atomic
def create_group(*, name: str, external_id: str = ""):
    role = name if name in {role.value for role in Role} else ""
    return DirectoryGroup.objects.create(scim_id=_new_scim_id(), scim_external_id=external_id, name=name, role=role)


def _members_by_scim_id(ids) -> list:
    ids = [str(value) for value in ids]
    members = list(get_user_model().objects.filter(scim_id__in=ids))
    if len(members) != len(set(ids)):
        raise Refused("A member named is not one the directory provisioned.", field="members")
    return members


def change_group(*, group, name: str | None = None, add=(), remove=(), replace=None) -> None:
    with transaction.atomic():
        group = DirectoryGroup.objects.select_for_update().get(pk=group.pk)
        if name is not None and name != group.name:
            group.name = name
            group.save(update_fields=["name"])
        touched = []
        if replace is not None:
            touched += list(group.members.all())
            group.members.set(_members_by_scim_id(replace))
            touched += list(group.members.all())
        if add:
            new = _members_by_scim_id(add)
            group.members.add(*new)
            touched += new
        if remove:
            gone = _members_by_scim_id(remove)
            group.members.remove(*gone)
            touched += gone
        _sync_roles(members={member.pk: member for member in touched}.values(), role=group.role)


@transaction.atomic
def delete_group(*, group) -> None:
    members = list(group.members.all())
    role = group.role
    group.delete()
    _sync_roles(members=members, role=role)


def anonymise_leaver(*, member, remove_words: bool) -> None:
    """A leaver leaves every directory group (the privacy app asks, through personal_data.py)."""
    member.directory_groups.clear()
