"""What directory provisioning holds about a member: the directory groups they are in."""

from community.personal_data import PersonalData, rows_of
from community.provisioning import services
from community.provisioning.models import DirectoryGroup


def rows(*, member) -> dict[str, list[dict]]:
    return {"directory_groups": rows_of(DirectoryGroup.objects.filter(members=member), ["name", "role"])}


def provider() -> PersonalData:
    return PersonalData(
        key="provisioning",
        title="The organisation's directory",
        holds="Your user name and ID in the organisation's directory, and the directory groups you are in.",
        why="So that the directory can open, update and close your account, and give you your role.",
        kept="While you work here; removed when you are anonymised.",
        models=("provisioning.DirectoryGroup",),
        rows=rows,
        anonymise=services.anonymise_leaver,
    )
