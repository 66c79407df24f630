"""Demo: the default recovery checklists and three incidents (one closed with its lesson), from
site/demo/incidents/. Runs after the official accounts (order 40) and the accounts' measures (45)."""

import datetime

from django.utils import timezone

from community.demo_data import DemoModel, not_found, read
from community.incidents import services
from community.incidents.models import Incident, Risk, Severity
from community.models import Member, OfficialAccount

CHECKLISTS_FILE = "incidents/checklists.yaml"
INCIDENTS_FILE = "incidents/incidents.yaml"


class DemoRecoveryStep(DemoModel):
    text: str
    guidance: str = ""


class DemoChecklist(DemoModel):
    risk: Risk
    introduction: str = ""
    steps: list[DemoRecoveryStep]


class DemoIncident(DemoModel):
    account: str  # the official account's handle
    summary: str
    what_happened: str
    days_ago: int
    post_url: str = ""
    risk: Risk
    severity: Severity
    reporter: str  # an email address
    steps_done: int = 0
    lesson: str = ""  # closes the incident


def load_incidents(*, log) -> None:
    """Recovery checklists and incidents."""
    checklists = read(CHECKLISTS_FILE, list[DemoChecklist])
    added = services.ensure_default_checklists(entries=[checklist.model_dump() for checklist in checklists])
    log(f"recovery checklists: {added} added")
    now = timezone.now()
    made = 0
    for entry in read(INCIDENTS_FILE, list[DemoIncident]):
        account = OfficialAccount.objects.filter(handle=entry.account).first()
        if account is None:
            raise not_found(INCIDENTS_FILE, "official account", entry.account)
        reporter = Member.objects.filter(email=entry.reporter).first()
        if reporter is None:
            raise not_found(INCIDENTS_FILE, "demo account", entry.reporter)
        if Incident.objects.filter(summary=entry.summary).exists():
            continue
        incident = services.report_incident(
            member=reporter,
            account=account,
            summary=entry.summary,
            what_happened=entry.what_happened,
            happened_at=now - datetime.timedelta(days=entry.days_ago, hours=2),
            risk=entry.risk,
            severity=entry.severity,
            post_url=entry.post_url,
        )
        for step in list(incident.steps.order_by("position"))[: entry.steps_done]:
            services.record_step(member=reporter, incident=incident, step_id=step.pk)
        if entry.lesson:
            services.close_incident(member=reporter, incident=incident, lesson=entry.lesson)
        made += 1
    log(f"incidents: {made} added")
