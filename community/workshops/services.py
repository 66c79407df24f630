"""Writes for workshops. Every one checks, on the server, that the workshop is still open."""

import datetime
import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone

from community.forum.markdown import clean_text
from community.permissions import permissions
from community.refusals import Refused
from community.submit_once import create_once, refuse_if_submitted
from community.workshops.models import Placing, Workshop, WorkshopStatement

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


@transaction.atomic
def place(*, member, statement: WorkshopStatement, position: int) -> Placing:
    workshop = Workshop.objects.select_for_update().get(pk=statement.workshop_id)
    _require_open(member, workshop)
    if position not in range(1, 6):
        raise Refused("Choose a place on the line from Should to Shouldn’t.")
    placing, _ = Placing.objects.update_or_create(statement=statement, member=member, defaults={"position": position})
    return placing
