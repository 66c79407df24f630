import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from community.models import Member

SIGNUP = "/accounts/signup/"
GOOD_PASSWORD = "a-long-unusual-passphrase-42"


def signup(client, email: str):
    return client.post(SIGNUP, {"email": email, "password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD})


@pytest.mark.django_db
def test_signup_with_an_organisation_email_sends_a_verification_link():
    from django.test import Client

    client = Client()
    response = signup(client, "New.Starter@Example.org")
    assert response.status_code == 302
    assert response.url == "/accounts/confirm-email/"
    member = Member.objects.get(email="new.starter@example.org")
    assert not EmailAddress.objects.get(user=member).verified
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/confirm-email/\S+/)", mail.outbox[0].body).group(1)
    client.post(link)
    assert EmailAddress.objects.get(user=member).verified


@pytest.mark.django_db
def test_signup_from_a_foreign_domain_gets_a_clear_error_linked_to_the_field(client):
    response = signup(client, "someone@gmail.com")
    assert response.status_code == 200
    assert not Member.objects.exists()
    html = response.content.decode()
    assert "Use your work email address" in html
    assert "@example.org" in html
    # The error summary links to the field, and the field points at its error message.
    assert 'href="#id_email"' in html
    assert 'aria-describedby="id_email-error"' in html or "id_email-error" in html


@pytest.mark.django_db
def test_a_lookalike_domain_is_refused(client):
    signup(client, "someone@example.org.evil.test")
    signup(client, "someone@notexample.org")
    assert not Member.objects.exists()


@pytest.mark.django_db
def test_second_signup_with_the_same_email_does_not_reveal_the_account(client, basic_member):
    response = signup(client, basic_member.email)
    # Same outcome as a new signup: redirected to "check your email"; no new account.
    assert response.status_code == 302
    assert response.url == "/accounts/confirm-email/"
    assert Member.objects.filter(email=basic_member.email).count() == 1
    assert "already" not in response.content.decode().lower()
    # The owner of the address is told by email instead.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [basic_member.email]
