"""SAML sign-in in the browser, against the pysaml2 IdP on loopback (tests/saml/idp.py).

The attribute variants, the shared client id and the refusals run with Django's test client in
tests/saml/test_saml_sign_in.py; here a person goes through Postwise, the IdP's page and back.
"""

import re

import pytest
import requests
from allauth.socialaccount.models import SocialAccount
from playwright.sync_api import expect
from saml2.xmldsig import DIGEST_SHA1, SIG_RSA_SHA1

from community.factories import MemberFactory
from community.models import Member
from tests.saml.fixtures import METADATA_PATH, saml_idp, saml_sp  # noqa: F401 - fixtures
from tests.saml.idp import IdpUser

pytestmark = pytest.mark.e2e

MS = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims"


@pytest.fixture
def idp(saml_idp, saml_sp, live_server):  # noqa: F811 - the imported fixtures
    """The IdP, told Postwise's metadata as the live server serves it."""
    saml_idp.trust_sp(requests.get(f"{live_server.url}{METADATA_PATH}", timeout=10).text)
    return saml_idp


def sign_in_at_the_idp(page, username: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_role("button", name="Sign in with Example Council account").click()
    page.get_by_role("button", name="Continue").click()  # allauth's no-JS confirmation, then the IdP
    page.get_by_label("Username").fill(username)
    page.get_by_role("button", name="Sign in to the IdP").click()
    page.get_by_role("button", name="Continue to the service").click()  # posts the signed response
    page.wait_for_load_state()


def test_a_new_member_signs_in_with_standard_attributes(page, idp, assert_accessible):
    idp.users["ada"] = IdpUser(
        name_id="p-ada-7f3a",
        attributes={
            "urn:oid:0.9.2342.19200300.100.1.3": ["ada@example.org"],
            "urn:oid:2.5.4.42": ["Ada"],
            "urn:oid:2.5.4.4": ["Lovelace"],
        },
    )
    page.goto("/accounts/login/")
    assert_accessible(page)

    sign_in_at_the_idp(page, "ada")

    expect(page).to_have_url(re.compile(r"/my-path/$"))
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    assert_accessible(page)
    member = Member.objects.get(email="ada@example.org")
    assert member.get_full_name() == "Ada Lovelace"
    assert SocialAccount.objects.get(user=member).uid == "p-ada-7f3a"


def test_an_existing_member_starts_using_saml_with_adfs_claims(page, idp):
    owner = MemberFactory(email="newstarter@example.org", first_name="New", last_name="Starter")
    idp.users["newstarter"] = IdpUser(
        name_id="S-1-5-21-newstarter",
        attributes={f"{MS}/emailaddress": ["newstarter@example.org"], f"{MS}/givenname": ["New"]},
    )

    sign_in_at_the_idp(page, "newstarter")

    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    assert SocialAccount.objects.get(uid="S-1-5-21-newstarter").user == owner
    assert Member.objects.count() == 1


def test_a_sha1_signed_response_is_refused_with_a_clear_page(page, idp, assert_accessible):
    idp.users["old"] = IdpUser(name_id="p-old", attributes={"mail": ["old@example.org"]})
    idp.sign_alg, idp.digest_alg = SIG_RSA_SHA1, DIGEST_SHA1

    sign_in_at_the_idp(page, "old")

    expect(page.get_by_role("heading", level=1)).to_have_text("Sign-in did not work")
    expect(page.locator("main")).to_contain_text("SHA-1")
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)
    assert_accessible(page)
    assert not Member.objects.filter(email="old@example.org").exists()
