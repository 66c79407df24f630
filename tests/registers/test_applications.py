"""A corporate user applies (draft, then submit), the coordinator decides, and approval makes the applicant an
Account manager, with emails to everyone involved sent through django-tasks (the immediate backend here)."""

import uuid

import pytest
from django.core import mail
from django.urls import reverse

from community.factories import MemberFactory
from community.levels import Level, level_of
from community.models import OfficialAccount
from community.notifications.models import Notification
from community.refusals import Refused
from community.registers import services
from community.registers.factories import ApplicationFactory
from community.registers.models import Application, StatusChange
from community.viewer import facts_for, forget_facts
from courses.factories import GuidelinePageFactory
from home.selectors import my_path_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def backup(licensed):
    return licensed(email="backup@example.org", first_name="Bea", last_name="Backup")


@pytest.fixture
def sponsor(db):
    return MemberFactory(email="director@example.org", first_name="Dora", last_name="Director")


def business_case(**changes):
    data = {
        "platform": "instagram",
        "name": "Leisure centres",
        "handle": "exampleleisure",
        "public_url": "https://www.instagram.com/exampleleisure/",
        "department": "Leisure",
        "why_needed": "Timetables change weekly.",
        "why_not_existing": "The council account posts too widely.",
        "audience": "Leisure centre members.",
        "goals": "Fewer wasted journeys.",
        "time_and_resources": "Three hours a week.",
        "backup_email": "backup@example.org",
        "sponsor_email": "director@example.org",
        "success_measures": "Bookings for promoted classes.",
    }
    data.update(changes)
    return data


def test_the_whole_journey(client, corporate_member, coordinator, backup, sponsor):
    client.force_login(corporate_member)
    # A draft needs only the account's name and handle.
    draft = {key: business_case()[key] for key in ("platform", "name", "handle", "department")}
    response = client.post(reverse("registers:apply"), {**draft, "draft": "1"})
    application = Application.objects.get()
    assert response.status_code == 302 and response["Location"] == application.get_absolute_url()
    assert application.status == Application.Status.DRAFT and application.handle == "@exampleleisure"
    assert mail.outbox == []

    # Submitting needs the whole business case: each missing answer is named beside its field.
    response = client.post(reverse("registers:edit_application", args=[application.pk]), {**draft, "submit": "1"})
    assert response.status_code == 200
    assert "why_needed" in response.context["form"].errors
    assert Application.objects.get().status == Application.Status.DRAFT

    response = client.post(
        reverse("registers:edit_application", args=[application.pk]), {**business_case(), "submit": "1"}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED
    assert (application.backup_manager, application.sponsor) == (backup, sponsor)
    assert {m.to[0] for m in mail.outbox} == {corporate_member.email, coordinator.email, backup.email}

    # The coordinator asks for changes; the applicant sees the reasons and submits again.
    mail.outbox.clear()
    client.force_login(coordinator)
    response = client.post(
        reverse("registers:decide", args=[application.pk]),
        {"decision": "changes", "reason": "Say who covers when you are both away."},
    )
    assert response.status_code == 302
    client.force_login(corporate_member)
    page = client.get(application.get_absolute_url()).content.decode()
    assert "Say who covers when you are both away." in page
    assert [m.to[0] for m in mail.outbox] == [corporate_member.email]
    assert Notification.objects.filter(recipient=corporate_member, kind=Notification.Kind.ACCOUNT_APPLICATION).exists()
    response = client.post(
        reverse("registers:edit_application", args=[application.pk]),
        {**business_case(time_and_resources="Three hours a week; the duty manager covers."), "submit": "1"},
    )
    assert response.status_code == 302

    # Approval opens the account with the applicant and the backup as managers.
    mail.outbox.clear()
    client.force_login(coordinator)
    response = client.post(
        reverse("registers:decide", args=[application.pk]), {"decision": "approve", "reason": "A clear case."}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    account = application.account
    assert account.status == OfficialAccount.Status.APPROVED and account.sponsor == sponsor
    assert set(account.managers.all()) == {corporate_member, backup}
    assert StatusChange.objects.get(account=account).changed_by == coordinator
    assert {m.to[0] for m in mail.outbox} == {corporate_member.email, backup.email, sponsor.email}

    # The applicant is now an Account manager: the managers' forum opens and My path asks for the guidelines.
    forget_facts(corporate_member)
    assert level_of(corporate_member) == Level.ACCOUNT_MANAGER
    GuidelinePageFactory(title="Managing an official account", audience=Level.ACCOUNT_MANAGER.value)
    path = my_path_for(member=corporate_member, facts=facts_for(corporate_member))
    assert any("Managing an official account" in step.title for step in path.steps_now)


def test_a_rejection_needs_reasons_and_opens_nothing(client, coordinator, corporate_member, backup):
    application = ApplicationFactory(applicant=corporate_member, backup_manager=backup)
    client.force_login(coordinator)

    response = client.post(reverse("registers:decide", args=[application.pk]), {"decision": "reject", "reason": ""})
    assert response.status_code == 400
    assert "reason" in response.context["decision_form"].errors

    client.post(
        reverse("registers:decide", args=[application.pk]), {"decision": "reject", "reason": "Use the parks account."}
    )
    application.refresh_from_db()
    assert application.status == Application.Status.REJECTED and application.account is None
    assert OfficialAccount.objects.count() == 0
    assert [m.to[0] for m in mail.outbox] == [corporate_member.email]


def test_approval_is_refused_when_the_backup_has_no_valid_licence(coordinator, corporate_member, lapsed_member):
    application = ApplicationFactory(applicant=corporate_member, backup_manager=lapsed_member)

    with pytest.raises(Refused, match="valid corporate user licence"):
        services.decide(application_id=application.pk, decision="approve", by=coordinator, reason="Fine.")

    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED
    assert OfficialAccount.objects.count() == 0 and StatusChange.objects.count() == 0
    assert mail.outbox == []


def test_a_decided_application_cannot_be_decided_again(coordinator, corporate_member, backup):
    application = ApplicationFactory(applicant=corporate_member, backup_manager=backup)
    services.decide(application_id=application.pk, decision="approve", by=coordinator, reason="Fine.")
    with pytest.raises(Refused):
        services.decide(application_id=application.pk, decision="reject", by=coordinator, reason="Changed my mind.")
    assert Application.objects.get().status == Application.Status.APPROVED
    assert OfficialAccount.objects.count() == 1


def test_submitting_refuses_an_unlicensed_backup_beside_its_field(client, corporate_member, unlicensed_member, sponsor):
    client.force_login(corporate_member)
    response = client.post(
        reverse("registers:apply"), {**business_case(backup_email=unlicensed_member.email), "submit": "1"}
    )
    assert response.status_code == 200
    assert "valid corporate user licence" in response.context["form"].errors["backup_email"][0]
    assert Application.objects.count() == 0


@pytest.mark.parametrize("button", ["draft", "submit"])
def test_a_double_clicked_application_form_saves_one_application(
    client, corporate_member, backup, sponsor, button, mailoutbox
):
    client.force_login(corporate_member)
    page = client.get(reverse("registers:apply"))
    key = page.context["form"]["submission_key"].value()
    assert key and 'name="submission_key"' in page.content.decode()
    data = {**business_case(), "submission_key": str(key), button: "1"}
    first = client.post(reverse("registers:apply"), data)
    application = Application.objects.get()
    assert first.status_code == 302 and first["Location"] == application.get_absolute_url()
    sent = len(mailoutbox)
    second = client.post(reverse("registers:apply"), data, follow=True)
    assert Application.objects.count() == 1
    assert second.redirect_chain[-1][0] == application.get_absolute_url()
    assert "You already sent this application" in second.content.decode()
    assert len(mailoutbox) == sent  # nobody is told twice
    # A new form (a new key) is a new application.
    client.post(reverse("registers:apply"), {**data, "handle": "otherleisure", "submission_key": str(uuid.uuid4())})
    assert Application.objects.count() == 2
