"""The Wagtail admin is named after the organisation, not "localhost", and shows no Gravatar images."""

import re

import pytest
from django.conf import settings
from django.core.cache import cache
from wagtail.models import Site

from community.factories import MemberFactory
from community.models import OrganisationSettings
from tests.community.mfa_helpers import sign_in_with_totp


@pytest.fixture
def organisation(db):
    cache.clear()
    site = Site.objects.get(is_default_site=True)
    organisation = OrganisationSettings.for_site(site)
    organisation.organisation_name = "Borsetshire Council"
    organisation.service_name = "Social Sense"
    organisation.save()
    yield organisation
    cache.clear()


def test_wagtail_site_name_comes_from_the_organisation_settings_and_follows_a_rename(organisation):
    assert str(settings.WAGTAIL_SITE_NAME) == "Social Sense – Borsetshire Council"
    organisation.organisation_name = "Ambridge Council"
    organisation.save()
    assert str(settings.WAGTAIL_SITE_NAME) == "Social Sense – Ambridge Council"


def test_the_site_name_is_read_once_then_cached(organisation, django_assert_num_queries):
    str(settings.WAGTAIL_SITE_NAME)
    with django_assert_num_queries(0):
        assert str(settings.WAGTAIL_SITE_NAME) == "Social Sense – Borsetshire Council"


def test_the_admin_is_titled_after_the_organisation_and_shows_no_gravatar(organisation, client):
    sign_in_with_totp(client, MemberFactory(is_superuser=True, is_staff=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "Social Sense – Borsetshire Council" in title
    assert "localhost" not in html
    assert "Social Sense – Borsetshire Council" in html  # the dashboard's welcome, from the Site's name
    assert "gravatar.com" not in html
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None


def test_the_organisation_settings_are_edited_in_the_admin_settings_menu(organisation, client):
    """The setting's model is the kernel's (community), its table the one home made: the admin still lists and
    saves it, and the front end shows the saved name."""
    sign_in_with_totp(client, MemberFactory(is_superuser=True, is_staff=True))
    url = f"/admin/settings/community/organisationsettings/{organisation.site_id}/"
    assert "/admin/settings/community/organisationsettings/" in client.get("/admin/").content.decode()  # the menu
    page = client.get(url)
    assert page.status_code == 200 and "Borsetshire Council" in page.content.decode()
    response = client.post(
        url,
        {
            "organisation_name": "Ambridge Council",
            "service_name": "Social Sense",
            "brand_colour": "#1d4f91",
            "support_email": "social@example.org",
        },
    )
    assert response.status_code == 302
    assert OrganisationSettings._meta.db_table == "home_organisationsettings"
    assert OrganisationSettings.objects.get(pk=organisation.pk).organisation_name == "Ambridge Council"
    assert "Ambridge Council" in client.get("/accessibility/").content.decode()
