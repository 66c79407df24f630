"""Writes for members: their own photo."""

from django.db import transaction

from community import rate_limits
from community.avatars import process_avatar
from community.models import Member
from community.permissions import permissions
from community.refusals import Refused

# Photo uploads a member may try in an hour: every attempt counts, refused ones too, as each is decoded.
PHOTO_UPLOADS_PER_HOUR = 10
PHOTO_UPLOAD_SCOPE = "members-photo-upload"
HOUR = 3600


def set_photo(*, member: Member, upload) -> None:
    """Checks and re-encodes `upload` (community.avatars; Refused for a bad file, or past the hourly limit of
    attempts, community.rate_limits), then replaces the old photo."""
    permissions.check(member, "members.change_photo", member)
    limit = {"scope": PHOTO_UPLOAD_SCOPE, "who": f"member-{member.pk}", "limit": PHOTO_UPLOADS_PER_HOUR}
    if rate_limits.reached(**limit, window_seconds=HOUR):
        raise Refused(
            f"You have uploaded {PHOTO_UPLOADS_PER_HOUR} photos in the last hour. Try again in an hour.", field="photo"
        )
    rate_limits.record(**limit, window_seconds=HOUR)
    store_photo(member=member, upload=upload)


def store_photo(*, member: Member, upload) -> None:
    """The write itself, for `set_photo` and the demo step (no permission or limit: the caller has decided)."""
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
