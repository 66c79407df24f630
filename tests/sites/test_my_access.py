import datetime

import pytest
from django.urls import reverse

from community.sites.demo import load_demo_token, load_site_lists
from community.sites.models import AccessList, SiteDomain, SocialSite

pytestmark = pytest.mark.django_db


def make_site(name, access_list, rationale="Because.", domains=None):
    site = SocialSite.objects.create(
        name=name, category="social", access_list=access_list, rationale=rationale,
        review_on=datetime.date(2027, 1, 1),
    )  # fmt: skip
    for domain in domains or [f"{name.lower()}.com"]:
        SiteDomain.objects.create(site=site, domain=domain)
    return site


@pytest.fixture
def lists(db):
    make_site("Linkedin", AccessList.BASIC)
    make_site("Instagram", AccessList.APPROVED, rationale="Posting needs the licence.")
    make_site("Gab", AccessList.BLOCKED, rationale="Hosts abuse; no business use.")


def sections(html):
    reach, _, cannot = html.partition("Sites you cannot reach")
    return reach, cannot


@pytest.mark.parametrize(
    ("role", "reaches", "cannot"),
    [
        ("basic", ["Linkedin"], ["Instagram", "Gab"]),
        ("corporate", ["Linkedin", "Instagram"], ["Gab"]),
        ("manager", ["Linkedin", "Instagram"], ["Gab"]),
    ],
)
def test_each_level_sees_what_it_reaches_and_why_not(lists, client_for_role, role, reaches, cannot):
    html = client_for_role(role).get(reverse("sites:my_access")).content.decode()
    reach_part, cannot_part = sections(html)
    for name in reaches:
        assert name in reach_part and name not in cannot_part
    for name in cannot:
        assert name in cannot_part and name not in reach_part
    assert "Hosts abuse; no business use." in cannot_part
    assert "business case" in cannot_part
    assert ("Posting needs the licence." in cannot_part) == (role == "basic")


def test_my_access_is_in_the_navigation_and_on_my_path(client_for_role):
    client = client_for_role("basic")
    html = client.get(reverse("home:my_path")).content.decode()
    # In the header's personal menu (beside "Your account"), so the main menu keeps to one row.
    assert f'class="postwise-account-nav__link" href="{reverse("sites:my_access")}"' in html
    assert reverse("sites:my_access") in html.split("</header>")[1]
    # The hub the Basic level text promises exists now, and My path links to it.
    assert 'href="/hub/"' in html


def test_query_budget_does_not_grow_with_sites(client_for_role, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for_role("basic")
    make_site("First", AccessList.APPROVED)
    client.get(reverse("sites:my_access"))  # warm the session and site caches
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("sites:my_access"))
    for number in range(60):
        make_site(f"Site {number}", list(AccessList)[number % 3], domains=[f"s{number}.com", f"t{number}.com"])
    with django_assert_max_num_queries(len(few)):
        response = client.get(reverse("sites:my_access"))
    assert response.status_code == 200
    assert response.content.decode().count("postwise-domain") == 40
    assert len(few) <= 20


def test_demo_site_lists_load_once_and_validate(db):
    load_site_lists(log=lambda message: None)
    load_site_lists(log=lambda message: None)
    counts = {access_list: SocialSite.objects.filter(access_list=access_list).count() for access_list in AccessList}
    assert sum(counts.values()) == 25 and all(count >= 7 for count in counts.values())
    assert SiteDomain.objects.filter(domain="tiktok.com", site__access_list=AccessList.BLOCKED).exists()


def test_demo_token_is_made_once_and_its_value_printed(db, client):
    said = []
    load_demo_token(log=said.append)
    load_demo_token(log=said.append)
    value = said[0].split(": ", 1)[1].split()[0]
    assert "already made" in said[1] and value not in said[1]
    assert client.get("/exports/sites/basic.txt", HTTP_AUTHORIZATION=f"Bearer {value}").status_code == 200
