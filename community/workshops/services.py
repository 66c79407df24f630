"""Writes for workshops. Every one checks, on the server, that the workshop is still open."""

import datetime
import secrets
import uuid
from collections.abc import Mapping

from django.db import IntegrityError, transaction
from django.utils import timezone

from community.bestpractice.models import Statement
from community.bestpractice.services import create_draft_statement
from community.bestpractice.themes import Stance, Theme
from community.forum.markdown import clean_text
from community.permissions import permissions
from community.refusals import Refused
from community.submit_once import AlreadySubmitted, create_once, refuse_if_submitted
from community.workshops.models import Placing, Promotion, Workshop, WorkshopStatement
from community.workshops.results import most_agreed, results_for

MAX_STATEMENT = 200


CLOSED = "This workshop has closed. Its statements and placings can no longer change."


def _require_open(member, workshop: Workshop) -> None:
    permissions.check(member, "workshops.view")
    if not permissions.can(member, "workshops.take_part", workshop):
        raise Refused(CLOSED)


def _own_workshops(champion):
    return Workshop.objects.filter(created_by=champion)


def _already_opened_message(workshop: Workshop) -> str:
    return "You already opened this workshop. Here it is."


def open_workshop(
    *,
    champion,
    question: str,
    themes: list[str],
    closes_on: datetime.date,
    introduction: str = "",
    submission_key: uuid.UUID | None = None,
) -> Workshop:
    """A form sent twice (double click, browser resubmit) opens one workshop: the second send is refused."""
    permissions.check(champion, "workshops.run")
    refuse_if_submitted(_own_workshops(champion), submission_key=submission_key, message=_already_opened_message)
    closes_at = datetime.datetime.combine(closes_on, datetime.time(23, 59), tzinfo=timezone.get_current_timezone())
    return create_once(
        _own_workshops(champion),
        submission_key=submission_key,
        message=_already_opened_message,
        question=" ".join(clean_text(question).split()),
        introduction=clean_text(introduction).strip(),
        themes=themes,
        closes_at=closes_at,
        created_by=champion,
    )


def close_workshop(*, champion, workshop: Workshop) -> None:
    permissions.check(champion, "workshops.run")
    Workshop.objects.filter(pk=workshop.pk, closed_at__isnull=True).update(closed_at=timezone.now())


@transaction.atomic
def add_statement(*, member, workshop: Workshop, text: str, theme: str, position: int | None) -> WorkshopStatement:
    workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
    _require_open(member, workshop)
    text = " ".join(clean_text(text).split())
    if not text:
        raise Refused("Enter a statement.")
    if len(text) > MAX_STATEMENT:
        raise Refused(f"A statement must be {MAX_STATEMENT} characters or fewer.")
    if theme and theme not in workshop.themes:
        raise Refused("Choose one of this workshop’s themes.")
    try:
        with transaction.atomic():
            statement = WorkshopStatement.objects.create(workshop=workshop, text=text, theme=theme, author=member)
    except IntegrityError:
        raise Refused("That statement is already on the line. Place it below instead.") from None
    if position:
        place(member=member, statement=statement, position=position)
    return statement


def place(*, member, statement: WorkshopStatement, position: int) -> None:
    place_all(member=member, workshop_id=statement.workshop_id, placings={statement: position})


@transaction.atomic
def place_all(*, member, workshop_id: int, placings: Mapping[WorkshopStatement, int]) -> None:
    """A member's placings, submitted together: the workshop is locked once and every placing is written in one
    statement, so all are saved or none (a closed workshop or a bad place refuses the lot)."""
    workshop = Workshop.objects.select_for_update().get(pk=workshop_id)
    _require_open(member, workshop)
    for statement, position in placings.items():
        if statement.workshop_id != workshop.pk:
            raise Refused("That statement belongs to another workshop.")
        if position not in range(1, 6):
            raise Refused("Choose a place on the line from Should to Shouldn’t.")
    Placing.objects.bulk_create(
        [Placing(statement=statement, member=member, position=position) for statement, position in placings.items()],
        update_conflicts=True,
        unique_fields=["statement", "member"],
        update_fields=["position", "updated_at"],
    )


# Live mode ---------------------------------------------------------------------------------------------------

JOIN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read off a projector
JOIN_CODE_LENGTH = 6


def join_code(*, champion, workshop: Workshop) -> str:
    """The workshop's short join code, made the first time (unique: a clash is retried)."""
    permissions.check(champion, "workshops.run")
    if workshop.join_code:
        return workshop.join_code
    for _ in range(10):
        code = "".join(secrets.choice(JOIN_ALPHABET) for _ in range(JOIN_CODE_LENGTH))
        try:
            with transaction.atomic():
                made = Workshop.objects.filter(pk=workshop.pk, join_code__isnull=True).update(join_code=code)
        except IntegrityError:
            continue
        workshop.refresh_from_db(fields=["join_code"])
        if made or workshop.join_code:
            return workshop.join_code
    raise Refused("No join code could be made just now. Try again.")


def set_placings_hidden(*, champion, workshop: Workshop, hidden: bool) -> None:
    """Hide placings until the champion reveals them (on the projector and, while open, the results page)."""
    permissions.check(champion, "workshops.run")
    Workshop.objects.filter(pk=workshop.pk).update(placings_hidden=hidden)
    workshop.placings_hidden = hidden


# From a closed workshop to best practice ------------------------------------------------------------------------

PROMOTION_NAMESPACE = uuid.UUID("5b0c8c1e-62a4-4b8e-9d0e-5f3c2b7f2a10")


def _promotion_key(statement_id: int) -> uuid.UUID:
    """The same key for the same statement, so promoting twice makes each draft once."""
    return uuid.uuid5(PROMOTION_NAMESPACE, f"workshop-statement-{statement_id}")


def _promoted_ids(workshop: Workshop) -> set[int]:
    return set(
        Promotion.objects.filter(workshop_statement__workshop=workshop).values_list("workshop_statement_id", flat=True)
    )


@transaction.atomic
def promote_most_agreed(*, champion, workshop: Workshop) -> list[Statement]:
    """Turn a closed workshop's most agreed statements into draft best practice statements, in one step.

    Each workshop statement becomes at most one draft, whoever promotes it: statements already promoted are
    skipped, and two promotions at the same moment meet the one-to-one `Promotion` row, whose loser's draft is
    rolled back with it (a savepoint per statement).
    """
    permissions.check(champion, "workshops.run")
    workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
    if workshop.is_open:
        raise Refused("Close the workshop first: its placings may still change.")
    themes = [theme for theme in workshop.themes if theme in Theme.values] or [Theme.POLICY]
    promoted = _promoted_ids(workshop)
    made = []
    for result in most_agreed(results_for(workshop=workshop)):
        if result.statement_id in promoted:
            continue
        stance = Stance.DO if result.median < 3 else Stance.DONT
        explanation = (
            f"From the workshop “{workshop.question}”: {result.total} colleagues placed this statement, "
            f"and most agreed ({result.median_label.lower()})."
        )
        try:
            with transaction.atomic():
                statement = create_draft_statement(
                    title=result.text[:160],
                    stance=stance,
                    theme=result.theme if result.theme in Theme.values else themes[0],
                    explanation=explanation,
                    by=champion,
                    submission_key=_promotion_key(result.statement_id),
                )
                Promotion.objects.create(workshop_statement_id=result.statement_id, statement=statement)
        except (AlreadySubmitted, IntegrityError):
            continue
        made.append(statement)
    return made
