import datetime
import io
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks.base import Task

from courses.licences.factories import LicenceFactory
from courses.licences.models import Licence, LicenceReminder
from courses.licences.services import grant_for_pass, reminder_due, send_due_reminders
from courses.licences.tasks import send_licence_reminder

pytestmark = pytest.mark.django_db

EXPIRES = datetime.date(2027, 3, 31)


@pytest.mark.parametrize(
    ("days_left", "due"), [(45, None), (31, None), (30, 30), (8, 30), (7, 7), (1, 7), (0, None), (-3, None)]
)
def test_which_reminder_is_due(days_left, due):
    assert reminder_due(expires_on=EXPIRES, today=EXPIRES - datetime.timedelta(days=days_left)) == due


def test_reminders_go_once_at_30_and_once_at_7_days():
    licence = LicenceFactory(issued_on=datetime.date(2026, 3, 31), expires_on=EXPIRES)
    sent = []
    for days_left in range(40, -2, -1):  # the command runs every day, twice on some days
        today = EXPIRES - datetime.timedelta(days=days_left)
        sent.append(send_due_reminders(today=today))
        send_due_reminders(today=today)
    assert sum(sent) == 2
    assert len(mail.outbox) == 2
    assert "expires in 30 days" in mail.outbox[0].subject
    assert "expires in 7 days" in mail.outbox[1].subject
    assert mail.outbox[0].to == [licence.holder.email]
    assert "31 March 2027" in mail.outbox[0].body
    assert sorted(LicenceReminder.objects.values_list("days_before", flat=True)) == [7, 30]


def test_a_renewed_licence_gets_next_years_reminders():
    licence = LicenceFactory(issued_on=datetime.date(2026, 3, 31), expires_on=EXPIRES)
    send_due_reminders(today=EXPIRES - datetime.timedelta(days=20))
    grant_for_pass(
        holder=licence.holder, licence_type=licence.licence_type, today=EXPIRES - datetime.timedelta(days=19)
    )
    licence.refresh_from_db()
    send_due_reminders(today=licence.expires_on - datetime.timedelta(days=25))
    assert len(mail.outbox) == 2


@pytest.mark.parametrize("status", [Licence.Status.REVOKED, Licence.Status.SUSPENDED, Licence.Status.PENDING])
def test_no_reminder_for_a_licence_that_is_not_active(status):
    LicenceFactory(issued_on=datetime.date(2026, 3, 31), expires_on=EXPIRES, status=status)
    assert send_due_reminders(today=EXPIRES - datetime.timedelta(days=5)) == 0
    assert mail.outbox == []


def test_the_daily_command_sends_through_django_tasks():
    LicenceFactory(issued_on=datetime.date(2026, 3, 31), expires_on=EXPIRES)
    today = EXPIRES - datetime.timedelta(days=7)
    out = io.StringIO()
    with mock.patch(
        "courses.licences.management.commands.send_licence_reminders.timezone.localdate", return_value=today
    ):
        call_command("send_licence_reminders", stdout=out)
        call_command("send_licence_reminders", stdout=out)
    assert out.getvalue().splitlines() == ["1 licence reminder(s) sent.", "0 licence reminder(s) sent."]
    assert isinstance(send_licence_reminder, Task)
    assert len(mail.outbox) == 1
