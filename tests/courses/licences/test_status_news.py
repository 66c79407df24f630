"""Issue 20, item 8: suspension, revocation and reinstatement tell the holder, by email (a django-tasks
task, run by the immediate backend here) and in the site, with the reason and what to do next."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from community.notifications.models import Notification
from community.refusals import Refused
from courses.licences.models import Licence
from courses.licences.services import change_status

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 1)


@pytest.fixture
def licence(corporate_member):
    """The corporate member's licence, so the holder can sign in and read their notifications."""
    licence = Licence.objects.get(holder=corporate_member)
    Licence.objects.filter(pk=licence.pk).update(
        issued_on=datetime.date(2026, 1, 1), expires_on=datetime.date(2027, 1, 1)
    )
    licence.refresh_from_db()
    return licence


@pytest.mark.parametrize(
    ("steps", "subject", "next_step"),
    [
        (["suspend"], "has been suspended", "Do not post for the organisation while your licence is suspended"),
        (["revoke"], "has been revoked", "You may no longer post for the organisation"),
        (["suspend", "reinstate"], "has been reinstated", "valid until 1 January 2027"),
    ],
)
def test_the_holder_is_emailed_and_notified_with_the_reason_and_next_step(
    client, licence, champion, steps, subject, next_step
):
    for number, change in enumerate(steps):
        mail.outbox.clear()
        reason = f"Reason number {number}: posted a resident's address."
        change_status(licence_id=licence.pk, change=change, by=champion, reason=reason, today=TODAY)
    (email,) = mail.outbox
    assert email.to == [licence.holder.email]
    assert subject in email.subject
    assert reason in email.body and next_step in email.body
    assert "/my-path/" in email.body

    notification = Notification.objects.filter(recipient=licence.holder).order_by("-pk").first()
    assert reason in notification.message and next_step in notification.message
    assert notification.emailed_at is not None  # the licence email was sent: no repeat in a digest
    assert Notification.objects.filter(recipient=licence.holder).count() == len(steps)

    client.force_login(licence.holder)
    page = client.get(reverse("notifications:list")).content.decode()
    assert reason.replace("'", "&#x27;") in page
    response = client.post(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("home:my_path")
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_a_refused_change_tells_no_one(licence, champion):
    with pytest.raises(Refused):
        change_status(licence_id=licence.pk, change="reinstate", by=champion, reason="Why not", today=TODAY)
    assert mail.outbox == []
    assert not Notification.objects.exists()


def test_nobody_else_can_open_the_holders_notification(client, licence, champion, basic_member):
    change_status(licence_id=licence.pk, change="suspend", by=champion, reason="Checking a complaint.", today=TODAY)
    notification = Notification.objects.get()
    client.force_login(basic_member)
    assert client.post(reverse("notifications:open", args=[notification.pk])).status_code == 404
    assert "Checking a complaint." not in client.get(reverse("notifications:list")).content.decode()
