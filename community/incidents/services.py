"""Writes for incidents: report, record a step taken, close with the lesson learned, send the lesson to the
best practice library.

Each verb locks the incident's row and asks `community.permissions` (rules in incidents/rules.py).
"""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone

from community.bestpractice.models import MAX_TITLE, Statement
from community.bestpractice.services import create_draft_statement
from community.bestpractice.themes import Stance, Theme
from community.forum.markdown import clean_text
from community.incidents.models import Incident, IncidentStep, RecoveryChecklist, RecoveryStep
from community.models import OfficialAccount
from community.permissions import permissions
from community.refusals import Refused
from community.submit_once import AlreadySubmitted, create_once, refuse_if_submitted


def _already_reported(incident: Incident) -> str:
    return "You already reported this incident. Here it is."


@transaction.atomic
def report_incident(
    *,
    member,
    account: OfficialAccount,
    summary: str,
    what_happened: str,
    happened_at: datetime.datetime,
    risk: str,
    severity: str,
    post_url: str = "",
    submission_key: uuid.UUID | None = None,
) -> Incident:
    """Records the incident and copies the recovery checklist for its risk as the steps to work through."""
    permissions.check(member, "incidents.report", account, conceal=True)
    if happened_at > timezone.now():
        raise Refused("When it happened must be in the past.")
    own = Incident.objects.filter(reported_by=member)
    refuse_if_submitted(own, submission_key=submission_key, message=_already_reported)
    incident = create_once(
        own,
        submission_key=submission_key,
        message=_already_reported,
        account=account,
        summary=" ".join(clean_text(summary).split()),
        what_happened=clean_text(what_happened).strip(),
        happened_at=happened_at,
        risk=risk,
        severity=severity,
        post_url=post_url,
        reported_by=member,
    )
    steps = RecoveryStep.objects.filter(checklist__risk=risk).order_by("sort_order", "pk")
    IncidentStep.objects.bulk_create(
        IncidentStep(incident=incident, position=number, text=step.text, guidance=step.guidance)
        for number, step in enumerate(steps, start=1)
    )
    return incident


def _locked(incident: Incident, member) -> Incident:
    locked = Incident.objects.select_for_update().select_related("account").get(pk=incident.pk)
    permissions.check(member, "incidents.work_on", locked, conceal=True)
    if not locked.is_open:
        raise Refused("This incident is closed. Its steps and lesson can no longer change.")
    return locked


@transaction.atomic
def record_step(*, member, incident: Incident, step_id: int, note: str = "") -> IncidentStep:
    """Marks one checklist step as done, with who and when."""
    incident = _locked(incident, member)
    step = IncidentStep.objects.filter(incident=incident, pk=step_id).first()
    if step is None:
        raise Refused("That step is not on this incident's checklist.")
    if step.is_done:
        raise Refused(f"“{step.text}” was already recorded as done.")
    step.done_at = timezone.now()
    step.done_by = member
    step.note = clean_text(note).strip()
    step.save(update_fields=["done_at", "done_by", "note"])
    return step


@transaction.atomic
def close_incident(*, member, incident: Incident, lesson: str) -> Incident:
    """Closing records the lesson learned; steps not taken stay visible as not taken."""
    incident = _locked(incident, member)
    lesson = clean_text(lesson).strip()
    if not lesson:
        raise Refused("Enter the lesson learned before closing the incident.")
    incident.status = Incident.Status.CLOSED
    incident.lesson = lesson
    incident.closed_at = timezone.now()
    incident.closed_by = member
    incident.save(update_fields=["status", "lesson", "closed_at", "closed_by"])
    return incident


def _already_sent(statement: Statement) -> str:
    state = "a draft" if statement.is_draft else "published"
    return f"This lesson is already in the best practice library ({state}): “{statement.title}”."


def _lesson_title(incident: Incident) -> str:
    title = f"Lesson from an incident: {incident.summary}"
    return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1].rstrip() + "…"


@transaction.atomic
def send_lesson(*, member, incident: Incident) -> Statement:
    """A champion makes a closed incident's lesson a draft statement; the incident remembers it.

    Sending twice (a double click, or a second champion) raises AlreadySubmitted with the first statement.
    The draft says "do", under the policy theme; the champion edits it in the library before publishing.
    """
    # `of=("self",)`: PostgreSQL cannot lock the nullable side of the outer join to the statement.
    locked = Incident.objects.select_for_update(of=("self",)).select_related("account", "statement").get(pk=incident.pk)
    permissions.check(member, "incidents.send_lesson", locked)
    if locked.statement is not None:
        raise AlreadySubmitted(_already_sent(locked.statement), locked.statement)
    statement = create_draft_statement(
        title=_lesson_title(locked),
        stance=Stance.DO,
        theme=Theme.POLICY,
        explanation=locked.lesson,
        by=member,
    )
    # Only an incident with no statement yet takes this one: where the row lock is a no-op (SQLite), a send
    # that lost the race finds the winner's statement and rolls its own back.
    if not Incident.objects.filter(pk=locked.pk, statement__isnull=True).update(statement=statement):
        first = Statement.objects.get(incident__pk=locked.pk)
        raise AlreadySubmitted(_already_sent(first), first)
    return statement


def seed_checklists(*, checklist_model, step_model, entries: list[dict]) -> int:
    """Adds a checklist for each risk in `entries` that has none yet; returns how many it added.

    Takes the models so that the data migration (historical models) and the demo step share it.
    """
    added = 0
    for entry in entries:
        if checklist_model.objects.filter(risk=entry["risk"]).exists():
            continue
        checklist = checklist_model.objects.create(risk=entry["risk"], introduction=entry.get("introduction", ""))
        step_model.objects.bulk_create(
            step_model(checklist=checklist, sort_order=number, text=step["text"], guidance=step.get("guidance", ""))
            for number, step in enumerate(entry["steps"])
        )
        added += 1
    return added


def ensure_default_checklists(*, entries: list[dict]) -> int:
    return seed_checklists(checklist_model=RecoveryChecklist, step_model=RecoveryStep, entries=entries)
