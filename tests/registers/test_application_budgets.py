"""Query budgets for the application pages: the same number of queries with one application as with hundreds
(the applicant's own list and the coordinator's queue are bounded at 50)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from community.factories import MemberFactory
from community.registers.factories import ApplicationFactory
from community.registers.models import Application

pytestmark = pytest.mark.django_db

BUDGET = 16


def queries(client, address: str) -> int:
    client.get(address)  # warm the per-process caches (site, settings, menus)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    return len(captured)


def seed(applicant, backup, count: int) -> None:
    ApplicationFactory.create_batch(count, applicant=applicant, backup_manager=backup, sponsor=backup)
    ApplicationFactory.create_batch(
        count, applicant=applicant, status=Application.Status.DRAFT, backup_manager=backup, sponsor=backup
    )
    others = MemberFactory.create_batch(min(count, 40))
    for number in range(count):
        ApplicationFactory(applicant=others[number % len(others)], backup_manager=backup, sponsor=backup)


def page_costs(client, member, coordinator):
    mine = Application.objects.filter(applicant=member).order_by("-pk")
    draft = mine.filter(status=Application.Status.DRAFT).first()
    costs = {}
    client.force_login(member)
    for name, address in [
        ("apply", reverse("registers:apply")),
        ("applications", reverse("registers:applications")),
        ("application", reverse("registers:application", args=[mine.first().pk])),
        ("edit_application", reverse("registers:edit_application", args=[draft.pk])),
    ]:
        costs[name] = queries(client, address)
    client.force_login(coordinator)
    costs["applications (coordinator)"] = queries(client, reverse("registers:applications"))
    costs["application (coordinator)"] = queries(client, reverse("registers:application", args=[mine.last().pk]))
    return costs


def test_the_application_pages_cost_the_same_with_one_or_hundreds_of_applications(
    client, corporate_member, coordinator, licensed
):
    backup = licensed(email="backup@example.org")
    seed(corporate_member, backup, 1)
    few = page_costs(client, corporate_member, coordinator)
    seed(corporate_member, backup, 150)
    many = page_costs(client, corporate_member, coordinator)
    print("application pages' queries:", many)
    assert many == few
    assert max(many.values()) <= BUDGET, many
