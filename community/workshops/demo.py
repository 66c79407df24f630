"""Demo workshops: one closed with results, one open. Text written for Postwise."""

import datetime

from django.db import transaction
from django.utils import timezone

from community.models import Member
from community.workshops.models import Placing, Workshop, WorkshopStatement

CLOSED_QUESTION = "What should our services do, and not do, with social media?"
OPEN_QUESTION = "How should we handle service alerts over a bank holiday weekend?"

# (text, theme, placings by username: 1 should .. 5 shouldn't)
CLOSED_STATEMENTS = [
    (
        "Reply to every complaint within one working day",
        "style",
        {"newstarter": 1, "corporate": 1, "manager": 2, "champion": 1, "coordinator": 2},
    ),
    (
        "Post only during office hours",
        "policy",
        {"newstarter": 3, "corporate": 4, "manager": 5, "champion": 4, "coordinator": 2},
    ),
    (
        "Use humour to reach younger residents",
        "style",
        {"newstarter": 2, "corporate": 3, "manager": 4, "champion": 3, "coordinator": 5},
    ),
    (
        "Share posts from partner organisations",
        "activities",
        {"newstarter": 1, "corporate": 2, "manager": 1, "champion": 2, "coordinator": 1},
    ),
    (
        "Argue the facts when someone posts something untrue",
        "style",
        {"newstarter": 3, "corporate": 5, "manager": 4, "champion": 5, "coordinator": 4},
    ),
    (
        "Run every service's account from one central team",
        "policy",
        {"newstarter": 4, "corporate": 5, "manager": 5, "champion": 3, "coordinator": 3},
    ),
]
OPEN_STATEMENTS = [
    ("Schedule a post saying when the account is next staffed", "activities", {"champion": 1, "manager": 1}),
    ("Leave alerts unpinned over the weekend", "activities", {"champion": 5}),
]


def load_workshops(*, log) -> None:
    """Opinion-line workshops."""
    members = {member.email.split("@")[0]: member for member in Member.objects.filter(email__endswith="@example.org")}
    champion = members.get("champion")
    if champion is None:
        return
    now = timezone.now()
    _workshop(
        CLOSED_QUESTION,
        CLOSED_STATEMENTS,
        members,
        champion,
        closes_at=now - datetime.timedelta(days=7),
        closed=True,
        themes=["policy", "style", "activities"],
        log=log,
    )
    _workshop(
        OPEN_QUESTION,
        OPEN_STATEMENTS,
        members,
        champion,
        closes_at=now + datetime.timedelta(days=30),
        closed=False,
        themes=["activities", "style"],
        log=log,
    )


@transaction.atomic
def _workshop(question, statements, members, champion, *, closes_at, closed, themes, log) -> None:
    if Workshop.objects.filter(question=question).exists():
        log(f"workshop {question!r} already there")
        return
    workshop = Workshop.objects.create(
        question=question,
        themes=themes,
        closes_at=closes_at,
        created_by=champion,
        closed_at=closes_at if closed else None,
        introduction="Add short statements, then place each one on the line. There are no wrong answers.",
    )
    for text, theme, placings in statements:
        statement = WorkshopStatement.objects.create(workshop=workshop, text=text, theme=theme, author=champion)
        Placing.objects.bulk_create(
            [
                Placing(statement=statement, member=members[name], position=position)
                for name, position in placings.items()
                if name in members
            ]
        )
    log(f"workshop {question!r} created")
