"""Technical support maintain the site lists in the Wagtail admin."""

import datetime
import threading

import pytest
from django.test import Client
from django.urls import reverse

from community.factories import MemberFactory
from community.roles import Role
from community.sites.forms import SocialSiteForm
from community.sites.models import AccessList, ApiToken, SiteDomain, SiteListChange, SocialSite
from tests.community.mfa_helpers import sign_in_with_totp
from tests.concurrency import run_at_once

pytestmark = pytest.mark.django_db


def site_form(**changes):
    data = {
        "name": "Mastodon",
        "domains": "mastodon.social\n*.joinmastodon.org",
        "category": "social",
        "access_list": AccessList.BASIC,
        "rationale": "Open, federated; used by public bodies.",
        "review_on": "2027-06-01",
    }
    data.update(changes)
    return data


@pytest.fixture
def admin_client(client, tech_support):
    sign_in_with_totp(client, tech_support)
    return client


def add_url():
    return reverse("wagtailsnippets_sites_socialsite:add")


def test_tech_support_adds_a_site_and_the_change_is_recorded(admin_client, tech_support):
    response = admin_client.post(add_url(), site_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    site = SocialSite.objects.get(name="Mastodon")
    assert sorted(site.domains.values_list("domain", flat=True)) == ["joinmastodon.org", "mastodon.social"]
    change = SiteListChange.objects.get(site=site)
    assert (change.changed_by, change.old_list, change.new_list) == (tech_support, "", AccessList.BASIC)

    edit = reverse("wagtailsnippets_sites_socialsite:edit", args=[site.pk])
    response = admin_client.post(edit, site_form(access_list=AccessList.BLOCKED, domains="mastodon.social"))
    assert response.status_code == 302
    assert list(site.domains.values_list("domain", flat=True)) == ["mastodon.social"]
    latest = SiteListChange.objects.filter(site=site).first()
    assert (latest.old_list, latest.new_list) == (AccessList.BASIC, AccessList.BLOCKED)
    # Saving again without moving lists records nothing more.
    admin_client.post(edit, site_form(access_list=AccessList.BLOCKED, domains="mastodon.social"))
    assert SiteListChange.objects.filter(site=site).count() == 2


@pytest.mark.parametrize(
    ("domains", "says"),
    [
        ("http://mastodon.social/about", "without http://"),
        ("10.1.2.3", "IP address"),
        ("mast*don.social", "wildcard may only come first"),
        ("facebook.com", "already on the blocked list"),
    ],
)
def test_bad_domains_are_shown_beside_the_field_and_nothing_is_saved(admin_client, domains, says):
    facebook = SocialSite.objects.create(
        name="Facebook", category="social", access_list=AccessList.BLOCKED, rationale="r",
        review_on=datetime.date(2027, 1, 1),
    )  # fmt: skip
    SiteDomain.objects.create(site=facebook, domain="facebook.com")
    response = admin_client.post(add_url(), site_form(domains=domains))
    assert response.status_code == 200
    assert says in response.content.decode()
    assert response.context["form"].errors["domains"]
    assert not SocialSite.objects.filter(name="Mastodon").exists()
    assert not SiteListChange.objects.exists()


def test_the_list_shows_overdue_reviews_and_filters(admin_client):
    SocialSite.objects.create(
        name="Old forum", category="forum", access_list=AccessList.BLOCKED, rationale="r",
        review_on=datetime.date(2020, 1, 1),
    )  # fmt: skip
    url = reverse("wagtailsnippets_sites_socialsite:list")
    html = admin_client.get(url).content.decode()
    assert "Overdue" in html and "Old forum" in html
    assert "Old forum" not in admin_client.get(url + "?access_list=basic").content.decode()
    assert "Old forum" in admin_client.get(url + "?q=forum").content.decode()


def test_other_roles_cannot_open_the_site_lists(client, champion):
    sign_in_with_totp(client, champion)
    assert client.get(reverse("wagtailsnippets_sites_socialsite:list")).status_code in (302, 403)


def test_tech_support_creates_a_token_sees_it_once_and_revokes_it(admin_client, client):
    response = admin_client.post(
        reverse("wagtailsnippets_sites_apitoken:add"), {"name": "Squid", "purpose": "exports"}, follow=True
    )
    token = ApiToken.objects.get(name="Squid")
    page = response.content.decode()
    assert "will not be shown again" in page
    message = next(str(m) for m in response.context["messages"] if "will not be shown again" in str(m))
    value = message.split(" is ", 1)[1].split(" ", 1)[0]
    assert value.startswith(token.prefix)
    export = reverse("exports:domains_txt", args=["basic"])
    assert client.get(export, HTTP_AUTHORIZATION=f"Bearer {value}").status_code == 200
    assert value not in admin_client.get(reverse("wagtailsnippets_sites_apitoken:list")).content.decode()
    edit = reverse("wagtailsnippets_sites_apitoken:edit", args=[token.pk])
    assert admin_client.post(edit, {"name": "Squid", "purpose": "exports", "revoke": "on"}).status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert client.get(export, HTTP_AUTHORIZATION=f"Bearer {value}").status_code == 401


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_people_adding_the_same_domain_at_once_get_one_site_and_a_message_beside_the_field(
    tech_support, monkeypatch
):
    """Both forms pass their check before either saves; the database keeps the domain on one site."""
    second = MemberFactory(email="techsupport2@example.org", roles=(Role.TECH_SUPPORT,))
    clients = []
    for member in (tech_support, second):
        client = Client()
        sign_in_with_totp(client, member)
        clients.append(client)
    both_checked = threading.Barrier(2, timeout=20)
    check = SocialSiteForm.clean_domains

    def check_then_wait(form):
        domains = check(form)
        both_checked.wait()
        return domains

    monkeypatch.setattr(SocialSiteForm, "clean_domains", check_then_wait)
    names = iter(["Mastodon", "Mastodon (again)"])
    lock = threading.Lock()

    def add():
        with lock:
            client, name = clients.pop(), next(names)
        return client.post(add_url(), site_form(name=name, domains="mastodon.social"))

    responses, errors = run_at_once(add)
    assert errors == []
    assert sorted(response.status_code for response in responses) == [200, 302]
    refused = next(response for response in responses if response.status_code == 200).content.decode()
    assert "mastodon.social is already on the basic list" in refused
    assert SiteDomain.objects.filter(domain="mastodon.social").count() == 1
    assert SocialSite.objects.count() == 1
