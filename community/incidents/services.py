"""Writes for incidents: report, record a step taken, close with the lesson learned.

Each verb locks the incident's row and asks `community.permissions` (rules in incidents/rules.py).
"""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone

from community.forum.markdown import clean_text
from community.incidents.models import Incident, IncidentStep, RecoveryChecklist, RecoveryStep
from community.models import OfficialAccount
from community.permissions import permissions
from community.refusals import Refused
from community.submit_once import create_once, refuse_if_submitted


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
