"""Incidents: reporting guides through the checklist for the risk; steps are recorded with who and when;
closing records the lesson; champions see every incident, managers their accounts', no one else any."""

import datetime

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.bestpractice.models import Statement
from community.factories import MemberFactory, OfficialAccountFactory
from community.incidents import services
from community.incidents.factories import IncidentFactory
from community.incidents.models import Incident, IncidentStep, RecoveryChecklist, RecoveryStep, Risk
from community.refusals import Refused
from community.roles import Role
from community.submit_once import AlreadySubmitted
from courses.licences.factories import LicenceFactory

pytestmark = pytest.mark.django_db


def report_data(**changes):
    data = {
        "summary": "Resident's address shown in a reply",
        "what_happened": "We quoted their complaint, address and all.",
        "happened_at": (timezone.localtime() - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        "post_url": "https://social.example.org/@recycling/1",
        "risk": Risk.DATA_PROTECTION,
        "severity": "high",
    }
    data.update(changes)
    return data


@pytest.fixture
def managed_account(account_manager):
    return account_manager.managed_accounts.get()


def test_every_risk_has_a_default_checklist_from_the_migration():
    assert set(RecoveryChecklist.objects.values_list("risk", flat=True)) == set(Risk.values)
    data_protection = RecoveryChecklist.objects.get(risk=Risk.DATA_PROTECTION)
    texts = list(data_protection.steps.order_by("sort_order").values_list("text", flat=True))
    assert "Tell the data protection officer" in texts


def test_reporting_copies_the_checklist_for_its_risk_and_working_through_it_records_who_and_when(
    client, account_manager, managed_account
):
    client.force_login(account_manager)
    response = client.post(reverse("incidents:report", args=[managed_account.pk]), report_data())
    incident = Incident.objects.get()
    assert response.status_code == 302 and response["Location"] == incident.get_absolute_url()
    expected = list(
        RecoveryStep.objects.filter(checklist__risk=Risk.DATA_PROTECTION)
        .order_by("sort_order")
        .values_list("text", flat=True)
    )
    assert list(incident.steps.values_list("text", flat=True)) == expected

    page = client.get(incident.get_absolute_url()).content.decode()
    assert "Recovery checklist: data protection" in page
    assert "Tell the data protection officer" in page
    assert f"0 of {len(expected)} steps done" in page

    first = incident.steps.get(position=1)
    response = client.post(
        reverse("incidents:record_step", args=[managed_account.pk, incident.pk, first.pk]),
        {f"step{first.pk}-note": "Deleted the reply and the quote."},
    )
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.done_by == account_manager
    assert timezone.now() - first.done_at < datetime.timedelta(minutes=1)
    assert first.note == "Deleted the reply and the quote."
    assert f"1 of {len(expected)} steps done" in client.get(incident.get_absolute_url()).content.decode()

    # The same step again is refused with a message, and changes nothing.
    done_at = first.done_at
    client.post(reverse("incidents:record_step", args=[managed_account.pk, incident.pk, first.pk]), {})
    first.refresh_from_db()
    assert first.done_at == done_at

    response = client.post(
        reverse("incidents:close", args=[managed_account.pk, incident.pk]), {"lesson": "Never quote a complaint."}
    )
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.status == Incident.Status.CLOSED and incident.lesson == "Never quote a complaint."
    assert incident.closed_by == account_manager and incident.closed_at is not None
    page = client.get(incident.get_absolute_url()).content.decode()
    assert "Lesson learned" in page and "Never quote a complaint." in page


def test_editing_a_checklist_later_leaves_reported_incidents_as_they_were(account_manager, managed_account):
    incident = services.report_incident(
        member=account_manager,
        account=managed_account,
        summary="Abuse",
        what_happened="Replies naming staff.",
        happened_at=timezone.now(),
        risk=Risk.HARASSMENT,
        severity="medium",
    )
    before = list(incident.steps.values_list("text", flat=True))
    RecoveryStep.objects.filter(checklist__risk=Risk.HARASSMENT).update(text="Changed")
    assert list(incident.steps.values_list("text", flat=True)) == before


def test_bad_input_is_shown_beside_its_field_and_saves_nothing(client, account_manager, managed_account):
    client.force_login(account_manager)
    future = (timezone.localtime() + datetime.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        reverse("incidents:report", args=[managed_account.pk]),
        report_data(post_url="not a url at all", happened_at=future, risk="", summary=""),
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["post_url"] == ["Enter the post’s full address, starting https://"]
    assert form.errors["happened_at"] == ["When it happened must be in the past."]
    assert form.errors["risk"] == ["Choose the risk the incident touched."]
    assert form.errors["summary"] == ["Enter a one-line summary of the incident."]
    html = response.content.decode()
    assert 'href="#id_post_url"' in html and 'href="#id_risk_0"' in html
    assert Incident.objects.count() == 0


def test_closing_needs_a_lesson_and_a_closed_incident_cannot_change(client, account_manager, managed_account):
    incident = IncidentFactory(account=managed_account)
    step = IncidentStep.objects.create(incident=incident, position=1, text="Tell the sponsor")
    client.force_login(account_manager)
    response = client.post(reverse("incidents:close", args=[managed_account.pk, incident.pk]), {"lesson": "  "})
    assert response.status_code == 400
    assert "Enter the lesson learned before closing the incident." in response.content.decode()
    incident.refresh_from_db()
    assert incident.is_open

    services.close_incident(member=account_manager, incident=incident, lesson="Check first.")
    with pytest.raises(Refused):
        services.record_step(member=account_manager, incident=incident, step_id=step.pk)
    with pytest.raises(Refused):
        services.close_incident(member=account_manager, incident=incident, lesson="Again")
    step.refresh_from_db()
    assert step.done_at is None


def test_the_database_refuses_a_closed_incident_without_a_lesson(managed_account):
    incident = IncidentFactory(account=managed_account)
    with pytest.raises(IntegrityError), transaction.atomic():
        Incident.objects.filter(pk=incident.pk).update(status="closed", closed_at=timezone.now(), lesson="")


def test_a_double_submitted_report_makes_one_incident(client, account_manager, managed_account):
    client.force_login(account_manager)
    data = report_data(submission_key="6f1c1d5e-4a55-4f55-9a8e-2f1d8d6c9b10")
    client.post(reverse("incidents:report", args=[managed_account.pk]), data)
    response = client.post(reverse("incidents:report", args=[managed_account.pk]), data)
    assert response.status_code == 302
    assert Incident.objects.count() == 1


def test_who_sees_which_incidents(client, account_manager, managed_account, champion, coordinator, corporate_member):
    other_account = OfficialAccountFactory(handle="@elsewhere@social.example.org")
    mine = IncidentFactory(account=managed_account, summary="On the account the manager manages")
    theirs = IncidentFactory(account=other_account, summary="On another account")

    client.force_login(champion)
    page = client.get(reverse("incidents:all")).content.decode()
    assert mine.summary in page and theirs.summary in page
    assert client.get(theirs.get_absolute_url()).status_code == 200

    client.force_login(account_manager)
    page = client.get(reverse("incidents:all")).content.decode()
    assert mine.summary in page and theirs.summary not in page
    assert client.get(mine.get_absolute_url()).status_code == 200
    assert client.get(theirs.get_absolute_url()).status_code == 404

    for outsider in (coordinator, corporate_member):
        client.force_login(outsider)
        assert client.get(reverse("incidents:all")).status_code == 404
        assert client.get(mine.get_absolute_url()).status_code == 404
        assert client.get(reverse("incidents:list", args=[managed_account.pk])).status_code == 404


def test_a_manager_whose_licence_lapsed_no_longer_sees_the_accounts_incidents(client, managed_account):
    lapsed = MemberFactory(email="lapsed@example.org")
    issued = timezone.localdate() - datetime.timedelta(days=800)
    LicenceFactory(holder=lapsed, issued_on=issued, expires_on=issued + datetime.timedelta(days=365))
    managed_account.managers.add(lapsed)
    incident = IncidentFactory(account=managed_account)
    client.force_login(lapsed)
    assert client.get(incident.get_absolute_url()).status_code == 404


def test_only_a_champion_gets_the_place_to_send_a_closed_incidents_lesson(client, account_manager, managed_account):
    incident = IncidentFactory(account=managed_account)
    services.close_incident(member=account_manager, incident=incident, lesson="Check first.")
    client.force_login(account_manager)
    assert 'id="send-lesson"' not in client.get(incident.get_absolute_url()).content.decode()
    champion = MemberFactory(email="champion2@example.org", roles=(Role.CHAMPION,))
    client.force_login(champion)
    assert 'id="send-lesson"' in client.get(incident.get_absolute_url()).content.decode()


def test_the_incident_page_keeps_to_a_query_budget_however_many_steps(
    client, account_manager, managed_account, django_assert_max_num_queries
):
    incident = IncidentFactory(account=managed_account)
    IncidentStep.objects.bulk_create(
        IncidentStep(
            incident=incident,
            position=number,
            text=f"Step {number}",
            done_by=account_manager,
            done_at=timezone.now() if number % 2 else None,
        )
        for number in range(1, 41)
    )
    IncidentFactory.create_batch(60, account=managed_account)
    client.force_login(account_manager)
    client.get(incident.get_absolute_url())
    with django_assert_max_num_queries(14):
        assert client.get(incident.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(14):
        response = client.get(reverse("incidents:list", args=[managed_account.pk]))
    assert response.status_code == 200 and len(response.context["incidents"]) == 25


def test_a_champion_sends_a_closed_incidents_lesson_as_one_draft_statement(client, account_manager, managed_account):
    incident = IncidentFactory(account=managed_account, summary="Old calendar posted")
    services.close_incident(member=account_manager, incident=incident, lesson="Check the year before posting.")
    champion = MemberFactory(email="champion2@example.org", roles=(Role.CHAMPION,))
    client.force_login(champion)
    page = client.get(incident.get_absolute_url()).content.decode()
    send_url = reverse("incidents:send_lesson", args=[managed_account.pk, incident.pk])
    assert f'action="{send_url}"' in page

    first = client.post(send_url)
    statement = Statement.objects.get()
    assert first.status_code == 302 and first["Location"] == statement.get_absolute_url()
    assert statement.is_draft and statement.created_by == champion
    assert statement.title == "Lesson from an incident: Old calendar posted"
    assert statement.explanation == "Check the year before posting."
    incident.refresh_from_db()
    assert incident.statement == statement

    # A second send (a double click, another tab) makes no second draft: it leads to the first.
    second = client.post(send_url, follow=True)
    assert Statement.objects.count() == 1
    assert second.redirect_chain[-1][0] == statement.get_absolute_url()
    assert "already in the best practice library (a draft)" in second.content.decode()
    page = client.get(incident.get_absolute_url()).content.decode()
    assert f'action="{send_url}"' not in page and statement.get_absolute_url() in page


def test_only_a_champion_may_send_a_lesson_and_only_of_a_closed_incident(client, account_manager, managed_account):
    incident = IncidentFactory(account=managed_account)
    champion = MemberFactory(email="champion2@example.org", roles=(Role.CHAMPION,))
    send_url = reverse("incidents:send_lesson", args=[managed_account.pk, incident.pk])
    client.force_login(champion)
    assert client.post(send_url).status_code == 403  # still open
    services.close_incident(member=account_manager, incident=incident, lesson="Check first.")
    client.force_login(account_manager)
    assert client.post(send_url).status_code == 403
    assert not Statement.objects.exists()


def test_a_second_champion_sending_the_same_lesson_makes_no_second_draft(managed_account, account_manager):
    incident = IncidentFactory(account=managed_account)
    services.close_incident(member=account_manager, incident=incident, lesson="Check first.")
    champions = [MemberFactory(email=f"champion{n}@example.org", roles=(Role.CHAMPION,)) for n in (2, 3)]
    for champion in champions:
        try:
            services.send_lesson(member=champion, incident=incident)
        except AlreadySubmitted as duplicate:
            assert duplicate.existing == Statement.objects.get()
    assert Statement.objects.count() == 1


def _report_costs(client, account) -> dict[str, int]:
    address = reverse("incidents:report", args=[account.pk])
    client.get(address)
    costs = {}
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    costs["report"] = len(captured)
    with CaptureQueriesContext(connection) as captured:
        response = client.post(address, report_data(summary=f"Incident {Incident.objects.count()}"))
    assert response.status_code == 302
    costs["report (post)"] = len(captured)
    return costs


def test_the_report_page_costs_the_same_however_many_incidents_and_checklist_steps(
    client, account_manager, managed_account
):
    client.force_login(account_manager)
    few = _report_costs(client, managed_account)
    IncidentFactory.create_batch(60, account=managed_account)
    checklist = RecoveryChecklist.objects.get(risk=Risk.DATA_PROTECTION)
    RecoveryStep.objects.bulk_create(
        RecoveryStep(checklist=checklist, sort_order=100 + number, text=f"Step {number}") for number in range(40)
    )
    many = _report_costs(client, managed_account)
    print("report page queries:", few, many)
    assert Incident.objects.order_by("-id").first().steps.count() > 40
    assert many == few
    assert max(many.values()) <= 16, many
