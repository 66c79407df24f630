"""What workshops hold about a member: the workshops they ran, statements they wrote and where they placed
statements."""

from community.personal_data import PersonalData, rows_of
from community.workshops.models import Placing, Workshop, WorkshopStatement


def rows(*, member) -> dict[str, list[dict]]:
    return {
        "workshops_run": rows_of(Workshop.objects.filter(created_by=member), ["question", "created_at", "closed_at"]),
        "statements_written": rows_of(
            WorkshopStatement.objects.filter(author=member), ["workshop__question", "text", "theme", "created_at"]
        ),
        "placings": rows_of(
            Placing.objects.filter(member=member), ["statement__workshop__question", "statement__text", "position"]
        ),
    }


def provider() -> PersonalData:
    return PersonalData(
        key="workshops",
        title="Opinion-line workshops",
        holds="The workshops you ran, the statements you wrote and where you placed each statement on the line.",
        why="To show each statement's spread of opinion.",
        kept="As long as the workshop; placings are only ever shown in total.",
        models=("workshops.Workshop", "workshops.WorkshopStatement", "workshops.Placing"),
        rows=rows,
    )
