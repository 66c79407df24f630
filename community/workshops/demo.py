"""Demo workshops, from site/demo/workshops/workshops.yaml: one closed with results, one open."""

import datetime

from django.db import transaction
from django.utils import timezone
from pydantic import Field

from community.demo_data import DemoModel, not_found, read
from community.models import Member
from community.workshops.models import Placing, Workshop, WorkshopStatement

WORKSHOPS_FILE = "workshops/workshops.yaml"


class DemoWorkshopStatement(DemoModel):
    text: str
    theme: str
    # username: place on the line, 1 (should) to 5 (should not)
    placings: dict[str, int] = Field(default_factory=dict)


class DemoWorkshop(DemoModel):
    question: str
    introduction: str = ""
    themes: list[str]
    closes_in_days: int
    closed: bool = False
    statements: list[DemoWorkshopStatement]


def load_workshops(*, log) -> None:
    """Opinion-line workshops."""
    workshops = read(WORKSHOPS_FILE, list[DemoWorkshop])
    members = {member.email.split("@")[0]: member for member in Member.objects.filter(email__endswith="@example.org")}
    champion = members.get("champion")
    if champion is None:
        return
    now = timezone.now()
    for data in workshops:
        _workshop(data, members, champion, closes_at=now + datetime.timedelta(days=data.closes_in_days), log=log)


@transaction.atomic
def _workshop(data: DemoWorkshop, members, champion, *, closes_at, log) -> None:
    if Workshop.objects.filter(question=data.question).exists():
        log(f"workshop {data.question!r} already there")
        return
    workshop = Workshop.objects.create(
        question=data.question,
        themes=data.themes,
        closes_at=closes_at,
        created_by=champion,
        closed_at=closes_at if data.closed else None,
        introduction=data.introduction,
    )
    for entry in data.statements:
        unknown = set(entry.placings) - set(members)
        if unknown:
            raise not_found(WORKSHOPS_FILE, "demo account", sorted(unknown)[0])
        statement = WorkshopStatement.objects.create(
            workshop=workshop, text=entry.text, theme=entry.theme, author=champion
        )
        Placing.objects.bulk_create(
            Placing(statement=statement, member=members[name], position=position)
            for name, position in entry.placings.items()
        )
    log(f"workshop {data.question!r} created")
