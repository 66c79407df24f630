"""Demo: the default recovery checklists and three incidents (one closed with its lesson), from
site/demo/incidents/. Runs after the official accounts (order 40) and the accounts' measures (45)."""

import datetime
from pathlib import Path

import yaml
from django.conf import settings
from django.utils import timezone

from community.incidents import services
from community.incidents.models import Incident
from community.models import Member, OfficialAccount

DEMO_DIR = Path(settings.BASE_DIR) / "site" / "demo" / "incidents"


def load_yaml(name: str):
    return yaml.safe_load((DEMO_DIR / name).read_text(encoding="utf-8"))


def load_incidents(*, log) -> None:
    """Recovery checklists and incidents."""
    added = services.ensure_default_checklists(entries=load_yaml("checklists.yaml"))
    log(f"recovery checklists: {added} added")
    now = timezone.now()
    made = 0
    for entry in load_yaml("incidents.yaml"):
        account = OfficialAccount.objects.filter(handle=entry["account"]).first()
        reporter = Member.objects.filter(email=entry["reporter"]).first()
        if account is None or reporter is None or Incident.objects.filter(summary=entry["summary"]).exists():
            continue
        incident = services.report_incident(
            member=reporter,
            account=account,
            summary=entry["summary"],
            what_happened=entry["what_happened"],
            happened_at=now - datetime.timedelta(days=entry["days_ago"], hours=2),
            risk=entry["risk"],
            severity=entry["severity"],
            post_url=entry.get("post_url", ""),
        )
        for step in list(incident.steps.order_by("position"))[: entry["steps_done"]]:
            services.record_step(member=reporter, incident=incident, step_id=step.pk)
        if entry.get("lesson"):
            services.close_incident(member=reporter, incident=incident, lesson=entry["lesson"])
        made += 1
    log(f"incidents: {made} added")
