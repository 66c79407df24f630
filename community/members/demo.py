"""Demo profile photos for some demo accounts, from site/demo/members/. Idempotent: a member with a photo keeps it."""

from pathlib import Path

from django.conf import settings
from django.core.files import File

from community.demo_accounts import demo_members
from community.demo_data import DemoModel, not_found, read
from community.members import services

PHOTOS_FILE = "members/photos.yaml"
PHOTOS_FOLDER = Path(settings.BASE_DIR) / "site" / "demo" / "members" / "photos"


class DemoPhoto(DemoModel):
    username: str
    file: str


def load_photos(*, log) -> None:
    """Profile photos."""
    entries = read(PHOTOS_FILE, list[DemoPhoto])
    members = demo_members([entry.username for entry in entries], source=PHOTOS_FILE)
    added = 0
    for entry, member in zip(entries, members, strict=True):
        if member.avatar:
            continue
        path = PHOTOS_FOLDER / entry.file
        if not path.is_file() or path.parent != PHOTOS_FOLDER:
            raise not_found(PHOTOS_FILE, "photo file", entry.file)
        with path.open("rb") as handle:
            services.store_photo(member=member, upload=File(handle, name=entry.file))
        added += 1
    log(f"member photos: {added} added, {len(entries) - added} kept")
