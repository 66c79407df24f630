import datetime

import pytest
from django.utils import timezone

from courses.licences.factories import LicenceFactory
from courses.licences.models import Licence
from courses.licences.views.verify import CHECKS_PER_MINUTE

pytestmark = pytest.mark.django_db


def verify_url(code: str) -> str:
    return f"/licences/verify/{code}"


@pytest.mark.parametrize("role", ["anonymous", "basic", "corporate", "champion", "techsupport"])
def test_anyone_can_verify_a_valid_licence(client_for_role, role):
    licence = LicenceFactory(holder__first_name="Ffion", holder__last_name="Hughes", holder__department="Parks")
    response = client_for_role(role).get(verify_url(licence.verification_code))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ffion Hughes" in html
    assert "Corporate user licence" in html
    assert "Valid today" in html
    # Nothing else about the holder: no email, no department, no dates.
    assert licence.holder.email not in html
    assert "Parks" not in html
    assert f"{licence.expires_on:%Y}" not in html


@pytest.mark.parametrize(
    "changes",
    [
        {"status": Licence.Status.REVOKED},
        {"status": Licence.Status.SUSPENDED},
        {"issued_on": datetime.date(2020, 1, 1), "expires_on": datetime.date(2021, 1, 1)},
    ],
)
def test_a_revoked_suspended_or_expired_licence_reads_not_valid(client, changes):
    licence = LicenceFactory(**changes)
    html = client.get(verify_url(licence.verification_code)).content.decode()
    assert "Not valid today" in html
    assert '<dd class="govuk-summary-list__value">No</dd>' in html


def test_an_unknown_code_is_a_plain_not_found(client):
    LicenceFactory()
    response = client.get(verify_url("no-such-code-at-all"))
    assert response.status_code == 404
    assert "Licence not found" in response.content.decode()


def test_verification_is_rate_limited_per_address(client, still_clock):
    licence = LicenceFactory()
    for _ in range(CHECKS_PER_MINUTE):
        assert client.get(verify_url(licence.verification_code)).status_code == 200
    response = client.get(verify_url(licence.verification_code))
    assert response.status_code == 429
    assert "Too many checks" in response.content.decode()


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(client, settings, still_clock):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    licence = LicenceFactory()
    url = verify_url(licence.verification_code)
    for _ in range(CHECKS_PER_MINUTE):
        assert client.get(url, headers={"x-forwarded-for": "203.0.113.7"}).status_code == 200
    assert client.get(url, headers={"x-forwarded-for": "203.0.113.7"}).status_code == 429
    assert client.get(url, headers={"x-forwarded-for": "203.0.113.8"}).status_code == 200


def test_the_code_form_leads_to_the_verification_page(client):
    licence = LicenceFactory()
    response = client.get("/licences/verify/", {"code": licence.verification_code})
    assert response.status_code == 302
    assert response.url == verify_url(licence.verification_code)


def test_the_code_form_explains_a_bad_code(client):
    response = client.get("/licences/verify/", {"code": "<script>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert 'href="#id_code"' in html


def test_verification_codes_are_long_and_unpredictable():
    codes = {LicenceFactory().verification_code for _ in range(5)}
    assert len(codes) == 5
    assert all(len(code) >= 24 for code in codes)


def test_the_verification_page_uses_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    licence = LicenceFactory()
    LicenceFactory.create_batch(20)
    # 7: this first request also creates the organisation's settings, which names the Wagtail site (one UPDATE,
    # once per install); later requests read them from the cache.
    with django_assert_max_num_queries(7):
        assert client.get(verify_url(licence.verification_code)).status_code == 200
    assert timezone.localdate() < licence.expires_on
