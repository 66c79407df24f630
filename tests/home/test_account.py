"""'Your account': details, level and licence, preferences, security links and acknowledgements."""

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from courses.factories import GuidelinePageFactory
from courses.licences.factories import LicenceFactory
from courses.models import GuidelineAcknowledgement, GuidelineVersion

ACCOUNT = "/account/"


@pytest.mark.django_db
def test_the_header_links_your_account_to_the_account_page(client, basic_member):
    client.force_login(basic_member)
    html = client.get("/my-path/").content.decode()
    assert f'href="{reverse("home:account")}">Your account' in html


@pytest.mark.django_db
def test_a_member_edits_their_name_and_department(client, basic_member):
    client.force_login(basic_member)
    response = client.post(ACCOUNT, {"first_name": " Ada ", "last_name": "Lovelace", "department": "Libraries"})
    assert response.status_code == 302
    basic_member.refresh_from_db()
    assert (basic_member.first_name, basic_member.last_name, basic_member.department) == (
        "Ada",
        "Lovelace",
        "Libraries",
    )


@pytest.mark.django_db
def test_a_missing_name_is_explained_beside_its_field_and_nothing_is_saved(client, basic_member):
    before = (basic_member.first_name, basic_member.department)
    client.force_login(basic_member)
    response = client.post(ACCOUNT, {"first_name": "", "last_name": "Lovelace", "department": "Changed"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="#id_first_name"' in html and "Enter your first name." in html
    assert 'aria-invalid="true"' in html
    basic_member.refresh_from_db()
    assert (basic_member.first_name, basic_member.department) == before


@pytest.mark.django_db
def test_level_licence_certificate_preferences_and_security_links(client, corporate_member):
    licence = corporate_member.licences.first() or LicenceFactory(holder=corporate_member)
    client.force_login(corporate_member)
    html = client.get(ACCOUNT).content.decode()
    assert "Corporate user" in html
    assert reverse("licences:certificate", args=[licence.pk]) in html
    assert reverse("notifications:preferences") in html and "A daily digest" in html
    for name in ("account_email", "account_change_password", "mfa_index", "mfa_view_recovery_codes"):
        assert reverse(name) in html, name


@pytest.mark.django_db
def test_the_page_lists_guideline_acknowledgements_in_a_fixed_number_of_queries(
    client, basic_member, django_assert_max_num_queries
):
    def acknowledge(count):
        for _ in range(count):
            guideline = GuidelinePageFactory()
            version = GuidelineVersion.objects.create(guideline=guideline, version="1.0")
            GuidelineAcknowledgement.objects.create(member=basic_member, version=version)
        return guideline

    client.force_login(basic_member)
    acknowledge(1)
    client.get(ACCOUNT)  # warm caches (site settings, content types)
    with django_assert_max_num_queries(20) as few:
        client.get(ACCOUNT)
    last = acknowledge(6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get(ACCOUNT).content.decode()
    assert last.title in html


@pytest.mark.django_db
def test_the_only_email_address_has_no_remove_button(client, basic_member):
    client.force_login(basic_member)
    EmailAddress.objects.get_or_create(user=basic_member, email=basic_member.email, defaults={"primary": True})
    assert 'name="action_remove"' not in client.get(reverse("account_email")).content.decode()
    EmailAddress.objects.create(user=basic_member, email="second@example.org", verified=True)
    assert 'name="action_remove"' in client.get(reverse("account_email")).content.decode()


@pytest.mark.django_db
def test_my_path_links_the_certificate_directly(client, corporate_member):
    licence = corporate_member.licences.first() or LicenceFactory(holder=corporate_member)
    client.force_login(corporate_member)
    html = client.get("/my-path/").content.decode()
    assert "quiz page" not in html
    assert f'href="{reverse("licences:certificate", args=[licence.pk])}"' in html
