"""What the members app holds about a member: their photo (a field of the member row itself)."""

from community.members import services
from community.personal_data import PersonalData


def rows(*, member) -> dict[str, list[dict]]:
    return {"photo": [{"has_photo": bool(member.avatar), "file": member.avatar.name}] if member.avatar else []}


def anonymise(*, member, remove_words: bool) -> None:
    services.erase_photo(member=member)


def provider() -> PersonalData:
    return PersonalData(
        key="members",
        title="Your photo",
        holds="The photo you chose to show beside your name, if any (a small square copy, with no metadata).",
        why="So that colleagues recognise you in the forum, the directory and your profile.",
        kept="Until you remove it or replace it; it is deleted when you are anonymised.",
        models=(),
        rows=rows,
        anonymise=anonymise,
    )
