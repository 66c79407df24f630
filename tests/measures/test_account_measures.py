"""The register's and the incident log's measures, each against a small hand-computed fixture."""

import datetime

import pytest
from django.utils import timezone

from community.factories import OfficialAccountFactory
from community.incidents.factories import IncidentFactory
from community.incidents.measures import IncidentsByRisk
from community.incidents.models import Risk
from community.measures.filters import Filters
from community.measures.units import Scope, all_measures
from community.registers.factories import ApplicationFactory
from community.registers.measures import PendingApplications
from community.registers.models import Application

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 30)


def at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def test_both_apps_add_their_measures_through_the_hook():
    slugs = [measure.slug for measure in all_measures()]
    assert slugs.count("pending-applications") == 1 and slugs.count("incidents") == 1


def test_pending_applications_count_only_those_waiting_and_their_age():
    ApplicationFactory(department="Environment", submitted_at=at(TODAY - datetime.timedelta(days=10)))
    ApplicationFactory(department="Highways", submitted_at=at(TODAY - datetime.timedelta(days=3)))
    ApplicationFactory(department="Highways", status=Application.Status.DRAFT, submitted_at=None)
    ApplicationFactory(department="Highways", status=Application.Status.APPROVED, submitted_at=at(TODAY))
    everything = Filters.default(today=TODAY)
    result = PendingApplications().compute(filters=everything, scope=Scope(), today=TODAY)
    assert dict(result.figures) == {"Waiting": "2", "Oldest, in days": "10"}
    assert [(row[2], row[4]) for row in result.rows] == [("Environment", 10), ("Highways", 3)]
    highways = Filters.default(today=TODAY, department="Highways")
    assert dict(PendingApplications().compute(filters=highways, scope=Scope(), today=TODAY).figures) == {
        "Waiting": "1",
        "Oldest, in days": "3",
    }


def test_no_pending_application_says_so():
    result = PendingApplications().compute(filters=Filters.default(today=TODAY), scope=Scope(), today=TODAY)
    assert result.figures == [("Waiting", "0")] and "No application is waiting" in result.note


def test_incidents_by_risk_and_month_for_everyone_and_for_a_sponsor(django_user_model):
    sponsored = OfficialAccountFactory(department="Environment")
    other = OfficialAccountFactory(department="Highways")
    sponsored.sponsor = django_user_model.objects.create_user(email="director@example.org")
    sponsored.save(update_fields=["sponsor"])
    IncidentFactory(account=sponsored, risk=Risk.REPUTATION, happened_at=at(datetime.date(2026, 10, 5)))
    IncidentFactory(account=sponsored, risk=Risk.REPUTATION, happened_at=at(datetime.date(2026, 10, 20)))
    IncidentFactory(account=other, risk=Risk.DATA_PROTECTION, happened_at=at(datetime.date(2026, 11, 2)))
    IncidentFactory(account=other, risk=Risk.DATA_PROTECTION, happened_at=at(datetime.date(2024, 1, 2)))  # outside
    filters = Filters(department="", start=datetime.date(2026, 10, 1), end=TODAY)
    result = IncidentsByRisk().compute(filters=filters, scope=Scope(), today=TODAY)
    assert dict(result.figures) == {"Incidents": "3", "Reputation": "2", "Data protection": "1"}
    assert result.columns == ["Month", "Reputation", "Data protection"]
    assert result.rows == [["Oct 2026", 2, 0], ["Nov 2026", 0, 1]]
    mine = IncidentsByRisk().compute(filters=filters, scope=Scope(sponsor_id=sponsored.sponsor_id), today=TODAY)
    assert dict(mine.figures) == {"Incidents": "2", "Reputation": "2"}
    highways = Filters(department="Highways", start=datetime.date(2026, 10, 1), end=TODAY)
    assert dict(IncidentsByRisk().compute(filters=highways, scope=Scope(), today=TODAY).figures)["Incidents"] == "1"
