"""Writes for members: their own photo."""

from django.db import transaction

from community.avatars import process_avatar
from community.models import Member
from community.permissions import permissions


def set_photo(*, member: Member, upload) -> None:
    """Checks and re-encodes `upload` (community.avatars; Refused for a bad file), then replaces the old photo."""
    permissions.check(member, "members.change_photo", member)
    content = process_avatar(upload)
    with transaction.atomic():
        locked = Member.objects.select_for_update().get(pk=member.pk)
        old = locked.avatar.name
        locked.avatar.save(content.name, content, save=False)
        Member.objects.filter(pk=member.pk).update(avatar=locked.avatar.name)
        _delete_after_commit(locked, old)
    member.avatar = locked.avatar.name


def remove_photo(*, member: Member) -> None:
    """Back to initials. Removing when there is no photo does nothing."""
    permissions.check(member, "members.change_photo", member)
    with transaction.atomic():
        locked = Member.objects.select_for_update().get(pk=member.pk)
        old = locked.avatar.name
        Member.objects.filter(pk=member.pk).update(avatar="")
        _delete_after_commit(locked, old)
    member.avatar = ""


def _delete_after_commit(member: Member, name: str) -> None:
    if name:
        storage = member.avatar.storage
        transaction.on_commit(lambda: storage.delete(name))


def erase_photo(*, member: Member) -> None:
    """For a leaver being anonymised (the privacy app, through this app's personal data provider): the photo
    goes, with no permission check of the leaver's own, on the instance the caller will save."""
    name = member.avatar.name
    member.avatar = ""
    Member.objects.filter(pk=member.pk).update(avatar="")
    _delete_after_commit(member, name)
