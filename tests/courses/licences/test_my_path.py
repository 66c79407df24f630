import datetime

import pytest
from django.utils import timezone

from courses.licences.factories import LicenceFactory
from courses.licences.models import Licence

pytestmark = pytest.mark.django_db


def my_path(client, member) -> str:
    client.force_login(member)
    response = client.get("/my-path/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_holder_sees_their_licence_and_certificate(client, corporate_member):
    licence = corporate_member.licences.get()
    html = my_path(client, corporate_member)
    assert "Your corporate user licence" in html
    assert f"Valid until {licence.expires_on:%-d %B %Y}" in html
    assert "Renew your" not in html


def test_renewal_due_shows_inside_the_window(client, basic_member):
    today = timezone.localdate()
    LicenceFactory(
        holder=basic_member,
        issued_on=today - datetime.timedelta(days=350),
        expires_on=today + datetime.timedelta(days=15),
    )
    html = my_path(client, basic_member)
    assert "Renew your corporate user licence" in html


def test_a_pending_licence_says_so(client, basic_member):
    LicenceFactory(holder=basic_member, status=Licence.Status.PENDING)
    assert "waiting for approval" in my_path(client, basic_member)
