import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.http import parse_http_date

from community.models import Member
from community.sites.models import AccessList, ApiToken, SiteDomain, SiteListsState, SocialSite
from community.sites.services import issue_token, revoke_token
from tests.community.mfa_helpers import sign_in_with_totp

pytestmark = pytest.mark.django_db


def make_site(name, access_list, domains):
    site = SocialSite.objects.create(
        name=name, category="social", access_list=access_list, rationale="r", review_on=datetime.date(2027, 1, 1)
    )
    for domain in domains:
        SiteDomain.objects.create(site=site, domain=domain)
    return site


@pytest.fixture
def lists(db):
    make_site("Zeta", AccessList.BASIC, ["zeta.com", "a.zeta.com"])
    make_site("Alpha", AccessList.BASIC, ["alpha.org", "xn--bcher-kva.de"])
    make_site("Insta", AccessList.APPROVED, ["instagram.com"])
    make_site("Gab", AccessList.BLOCKED, ["gab.com"])


@pytest.fixture
def tech(client_for_role):
    return client_for_role("techsupport")


def txt(audience):
    return reverse("exports:domains_txt", args=[audience])


def test_squid_list_is_sorted_dotted_and_has_a_header(lists, tech):
    response = tech.get(txt("basic"))
    lines = response.content.decode().splitlines()
    assert response["Content-Type"].startswith("text/plain")
    assert lines[0].startswith("#") and "Generated" in lines[1] and "3 domains" in lines[1]
    assert [line for line in lines if not line.startswith("#")] == [".alpha.org", ".xn--bcher-kva.de", ".zeta.com"]
    corporate = [line for line in tech.get(txt("corporate")).content.decode().splitlines() if line[0] != "#"]
    assert corporate == [".alpha.org", ".instagram.com", ".xn--bcher-kva.de", ".zeta.com"]


def test_json_matches_the_text_list(lists, tech):
    data = json.loads(tech.get(reverse("exports:domains_json", args=["blocked"])).content)
    assert data["domains"] == ["gab.com"] and data["count"] == 1 and data["list"] == "blocked"


def test_etag_and_last_modified_give_304_until_a_change(lists, tech):
    first = tech.get(txt("basic"))
    assert first["ETag"] and first["Last-Modified"]
    again = tech.get(txt("basic"), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    since = tech.get(txt("basic"), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    make_site("New", AccessList.BASIC, ["new.net"])
    changed = tech.get(txt("basic"), HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and ".new.net" in changed.content.decode()


def test_unknown_list_is_404_for_tech_support(tech):
    assert tech.get(txt("everyone")).status_code == 404


@pytest.mark.parametrize("role", ["anonymous", "basic", "corporate", "manager", "champion", "coordinator"])
def test_others_get_a_bare_401(lists, client_for_role, role):
    response = client_for_role(role).get(txt("basic"))
    assert response.status_code == 401
    assert "gab" not in response.content.decode() and "zeta" not in response.content.decode()


def test_a_named_token_reads_the_exports_until_revoked(lists, client, tech_support):
    token = ApiToken(name="Squid proxy")
    value = issue_token(token=token, by=tech_support)
    token.refresh_from_db()
    assert token.token_hash != value and len(token.token_hash) == 64 and value.startswith(token.prefix)
    assert token.last_used_at is None
    response = client.get(txt("basic"), HTTP_AUTHORIZATION=f"Bearer {value}")
    assert response.status_code == 200 and ".zeta.com" in response.content.decode()
    token.refresh_from_db()
    assert token.last_used_at is not None
    for wrong in (f"Bearer {value}x", "Bearer ", "Basic abc", f"Token {value}"):
        refused = client.get(txt("basic"), HTTP_AUTHORIZATION=wrong)
        assert refused.status_code == 401 and refused.content == b"Unauthorised\n"
    revoke_token(token=token)
    revoked = client.get(txt("basic"), HTTP_AUTHORIZATION=f"Bearer {value}")
    assert revoked.status_code == 401 and revoked.content == b"Unauthorised\n"


def test_members_csv_derives_levels_now_in_a_fixed_number_of_queries(
    client_for_role, basic_member, corporate_member, account_manager, django_assert_max_num_queries
):

    tech = client_for_role("techsupport")
    Member.objects.bulk_create([Member(email=f"m{n:05d}@example.org") for n in range(20_000)])
    url = reverse("exports:members_csv")
    tech.get(url)
    with django_assert_max_num_queries(12):
        response = tech.get(url)
    lines = response.content.decode().splitlines()
    assert lines[0] == "email,level" and len(lines) == 1 + Member.objects.filter(is_active=True).count()
    assert lines[1:] == sorted(lines[1:])
    assert "basic@example.org,basic" in lines and "corporate@example.org,corporate_user" in lines
    assert "manager@example.org,account_manager" in lines
    again = tech.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_deleting_a_site_moves_last_modified(lists, tech, client, tech_support):
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    SocialSite.objects.update(updated_at=an_hour_ago)
    SiteListsState.objects.update(changed_at=an_hour_ago)
    first = tech.get(txt("basic"))
    sign_in_with_totp(client, tech_support)
    zeta = SocialSite.objects.get(name="Zeta")
    response = client.post(reverse("wagtailsnippets_sites_socialsite:delete", args=[zeta.pk]))
    assert response.status_code == 302 and not SocialSite.objects.filter(name="Zeta").exists()
    since = tech.get(txt("basic"), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 200 and ".zeta.com" not in since.content.decode()
    assert parse_http_date(since["Last-Modified"]) > parse_http_date(first["Last-Modified"])


def test_every_kind_of_write_moves_last_modified_in_its_transaction(lists):
    for write in (
        lambda: make_site("New", AccessList.BASIC, []),
        lambda: SiteDomain.objects.create(site=SocialSite.objects.get(name="New"), domain="new.net"),
        lambda: SiteDomain.objects.filter(domain="new.net").delete(),
        lambda: SocialSite.objects.filter(name="Alpha").delete(),
    ):
        SiteListsState.objects.update(changed_at=timezone.now() - datetime.timedelta(hours=1))
        write()
        assert SiteListsState.objects.get().changed_at > timezone.now() - datetime.timedelta(minutes=1)
