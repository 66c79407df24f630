"""What the best practice library holds about a member: the statements they drafted or published."""

from community.bestpractice.models import Statement
from community.personal_data import PersonalData, rows_of


def rows(*, member) -> dict[str, list[dict]]:
    return {
        "statements_drafted": rows_of(
            Statement.objects.filter(created_by=member), ["title", "stance", "theme", "status", "created_at"]
        ),
        "statements_published": rows_of(Statement.objects.filter(published_by=member), ["title", "published_at"]),
    }


def provider() -> PersonalData:
    return PersonalData(
        key="bestpractice",
        title="Best practice library",
        holds="For champions: the statements you drafted and published.",
        why="To show who curated each statement.",
        kept="As long as the statement; under an anonymised name after you leave.",
        models=("bestpractice.Statement",),
        rows=rows,
    )
