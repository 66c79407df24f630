"""Allauth is the only way in: Wagtail's front-end login form must not be a second, weaker one.

Wagtail serves a plain Django LoginView at /_util/login/ (for private pages). It knows nothing of
TOTP, verified email addresses or login rate limits, so a champion's password alone would open a
session there, and with it the admin.
"""

import pytest
from wagtail.models import PageViewRestriction

from community.roles import Role
from home.factories import StandardPageFactory
from home.models import HomePage
from tests.community.mfa_helpers import activate_totp


@pytest.mark.django_db
def test_wagtails_front_end_login_form_sends_people_to_allauth(client):
    response = client.get("/_util/login/", {"next": "/learning/"})
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=%2Flearning%2F"


@pytest.mark.django_db
def test_a_password_alone_opens_no_session_through_wagtails_login_form(client, champion):
    activate_totp(champion)
    champion.set_password("a-long-enough-password")
    champion.save()
    client.post("/_util/login/", {"username": champion.email, "password": "a-long-enough-password"})
    assert "_auth_user_id" not in client.session
    assert Role.CHAMPION.value in set(champion.groups.values_list("name", flat=True))


@pytest.mark.django_db
def test_a_private_page_sends_visitors_to_allauth(client):
    page = StandardPageFactory(parent=HomePage.objects.get(), title="Staff only", slug="staff-only")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/staff-only/")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/staff-only/"
