"""SAML sign-in against a real pysaml2 IdP on loopback: signed responses posted to Postwise's ACS.

Each test runs the SP-initiated journey with Django's test client (tests/saml/fixtures.py); the
browser journey is tests/e2e/test_saml.py.
"""

import logging
from xml.etree import ElementTree

import pytest
import requests
from allauth.socialaccount.models import SocialAccount
from saml2.xmldsig import DIGEST_SHA1, SIG_RSA_SHA1

from community.factories import MemberFactory
from community.models import Member
from tests.saml.fixtures import METADATA_PATH
from tests.saml.idp import IdpUser

pytestmark = pytest.mark.django_db

MS = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims"
AUTH0_CLIENT_ID = "http://schemas.auth0.com/clientID"
PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
MD = "{urn:oasis:names:tc:SAML:2.0:metadata}"


def signed_in_as(client) -> Member | None:
    user_id = client.session.get("_auth_user_id")
    return Member.objects.get(pk=user_id) if user_id else None


def test_standard_urn_oid_attributes_make_a_member_with_their_name(client, saml_idp, saml_sign_in, mailoutbox):
    saml_idp.users["ada"] = IdpUser(
        name_id="p-ada-7f3a",
        attributes={
            "urn:oid:0.9.2342.19200300.100.1.3": ["Ada.Lovelace@Example.org"],
            "urn:oid:2.5.4.42": ["Ada"],
            "urn:oid:2.5.4.4": ["Lovelace"],
        },
    )

    response = saml_sign_in("ada")

    assert response.status_code == 302 and response["Location"] == "/my-path/"
    member = signed_in_as(client)
    assert (member.email, member.first_name, member.last_name) == ("ada.lovelace@example.org", "Ada", "Lovelace")
    assert member.emailaddress_set.get().verified
    assert SocialAccount.objects.get(user=member).uid == "p-ada-7f3a"  # the NameID
    assert mailoutbox == []  # a trusted IdP's address needs no confirmation email


def test_adfs_and_entra_claims_make_a_member_and_a_principal_name_is_not_taken_for_a_name(
    client, saml_idp, saml_sign_in
):
    saml_idp.users["grace"] = IdpUser(
        name_id="S-1-5-21-grace",
        attributes={
            f"{MS}/emailaddress": ["grace.hopper@example.gov.uk"],
            f"{MS}/givenname": ["Grace"],
            f"{MS}/surname": ["Hopper"],
            f"{MS}/name": ["ghopper@council.onmicrosoft.com"],
        },
    )
    saml_idp.users["alan"] = IdpUser(
        name_id="S-1-5-21-alan",
        attributes={f"{MS}/emailaddress": ["alan@example.org"], f"{MS}/name": ["Alan Turing"]},
    )
    saml_idp.users["edsger"] = IdpUser(
        name_id="S-1-5-21-edsger",
        attributes={f"{MS}/emailaddress": ["edsger@example.org"], f"{MS}/name": ["edsger@council.onmicrosoft.com"]},
    )

    saml_sign_in("grace")
    grace = signed_in_as(client)
    saml_sign_in("alan")
    alan = signed_in_as(client)
    saml_sign_in("edsger")
    edsger = signed_in_as(client)

    assert (grace.email, grace.get_full_name()) == ("grace.hopper@example.gov.uk", "Grace Hopper")
    assert alan.get_full_name() == "Alan Turing"  # a display name, split at its first space
    assert edsger.get_full_name() == "" and edsger.display_name == "edsger"  # not "edsger@council…"


@pytest.mark.parametrize(
    ("email", "first", "last"),
    [("mail", "givenName", "sn"), ("email", "first_name", "last_name"), ("email", "firstName", "lastName")],
)
def test_short_attribute_names_work_unconfigured(client, saml_idp, saml_sign_in, email, first, last):
    saml_idp.users["kat"] = IdpUser(
        name_id="okta-00u1kat",
        attributes={email: ["katherine@example.org"], first: ["Katherine"], last: ["Johnson"]},
    )

    saml_sign_in("kat")

    member = signed_in_as(client)
    assert (member.email, member.first_name, member.last_name) == ("katherine@example.org", "Katherine", "Johnson")


def test_two_users_sharing_an_auth0_client_id_get_two_members(client, saml_idp, saml_sign_in):
    # Auth0 sends its application id to every user: keyed on it, the second user would land in the
    # first one's account. The default key is the NameID.
    for username, name_id in (("one", "auth0|6561"), ("two", "auth0|6562")):
        saml_idp.users[username] = IdpUser(
            name_id=name_id,
            attributes={
                AUTH0_CLIENT_ID: ["kq2Yh0AppClientId"],
                f"{MS}/emailaddress": [f"{username}@example.org"],
            },
        )

    saml_sign_in("one")
    first = signed_in_as(client)
    saml_sign_in("two")
    second = signed_in_as(client)

    assert first.email == "one@example.org" and second.email == "two@example.org"
    assert first.pk != second.pk
    assert sorted(SocialAccount.objects.values_list("uid", flat=True)) == ["auth0|6561", "auth0|6562"]


def test_the_returning_member_is_found_by_the_nameid_even_after_an_email_change(client, saml_idp, saml_sign_in):
    saml_idp.users["mary"] = IdpUser(name_id="p-mary", attributes={"mail": ["mary@example.org"]})
    saml_sign_in("mary")
    first = signed_in_as(client)
    client.logout()
    saml_idp.users["mary"] = IdpUser(name_id="p-mary", attributes={"mail": ["mary.jackson@example.org"]})

    saml_sign_in("mary")

    assert signed_in_as(client) == first
    assert Member.objects.count() == 1


def test_a_named_uid_attribute_is_used_when_set(client, saml_idp, saml_sp, saml_sign_in):
    saml_sp(SAML_ATTRIBUTE_UID="urn:oid:1.3.6.1.4.1.5923.1.1.1.6")  # eduPersonPrincipalName
    saml_idp.users["dorothy"] = IdpUser(
        name_id="transient-looking-but-ignored",
        attributes={"urn:oid:1.3.6.1.4.1.5923.1.1.1.6": ["dv123@example.org"], "mail": ["dorothy@example.org"]},
    )

    saml_sign_in("dorothy")

    assert SocialAccount.objects.get(user=signed_in_as(client)).uid == "dv123@example.org"


def test_an_existing_member_starts_using_saml_by_their_verified_email(client, saml_idp, saml_sign_in, mailoutbox):
    existing = MemberFactory(email="newstarter@example.org", first_name="New", last_name="Starter")
    saml_idp.users["newstarter"] = IdpUser(
        name_id="p-newstarter", attributes={"urn:oid:0.9.2342.19200300.100.1.3": ["NewStarter@example.org"]}
    )

    response = saml_sign_in("newstarter")

    assert response.status_code == 302 and response["Location"] == "/my-path/"
    assert signed_in_as(client) == existing
    assert SocialAccount.objects.get(user=existing).uid == "p-newstarter"
    assert Member.objects.count() == 1
    existing.refresh_from_db()
    assert existing.has_usable_password()  # her verified address: nothing to wipe
    assert mailoutbox == []


@pytest.mark.parametrize("asserted", ["false", "0", "no", "yes", ""])
def test_an_idp_that_says_the_email_is_not_verified_does_not_link(client, saml_idp, saml_sign_in, mailoutbox, asserted):
    existing = MemberFactory(email="victim@example.org")
    saml_idp.users["mallory"] = IdpUser(
        name_id="auth0|mallory",
        attributes={"mail": ["victim@example.org"], "http://schemas.auth0.com/email_verified": [asserted]},
    )

    response = saml_sign_in("mallory")

    assert response.status_code == 200
    assert "We could not sign you in" in response.content.decode()
    assert signed_in_as(client) is None
    assert not SocialAccount.objects.filter(user=existing).exists()
    assert mailoutbox == []


def test_an_idp_not_trusted_for_email_does_not_link(client, saml_idp, saml_sp, saml_sign_in, mailoutbox):
    saml_sp(SAML_EMAIL_TRUSTED="false")
    existing = MemberFactory(email="newstarter@example.org")
    saml_idp.users["newstarter"] = IdpUser(name_id="p-newstarter", attributes={"mail": ["newstarter@example.org"]})

    response = saml_sign_in("newstarter")

    assert "We could not sign you in" in response.content.decode()
    assert signed_in_as(client) is None
    assert not SocialAccount.objects.filter(user=existing).exists()
    assert mailoutbox == []


def test_a_sha1_signed_response_is_refused_with_a_clear_page_and_log_line(client, saml_idp, saml_sign_in, caplog):
    saml_idp.users["old"] = IdpUser(name_id="p-old", attributes={"mail": ["old@example.org"]})
    saml_idp.sign_alg, saml_idp.digest_alg = SIG_RSA_SHA1, DIGEST_SHA1

    with caplog.at_level(logging.ERROR, logger="postwise.sso"):
        response = saml_sign_in("old")

    assert response.status_code == 401
    page = response.content.decode()
    assert "Sign-in did not work" in page and "SHA-1" in page and "SHA-256" in page
    assert signed_in_as(client) is None
    assert not Member.objects.filter(email="old@example.org").exists()
    lines = [record.getMessage() for record in caplog.records if record.name == "postwise.sso"]
    assert any("SHA-1" in line and "requires SHA-256" in line for line in lines), lines


def test_sp_metadata_has_no_expiry_and_asks_for_a_persistent_nameid(client, saml_sp):
    client.defaults["HTTP_HOST"] = "localhost"

    response = client.get(METADATA_PATH)

    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)  # noqa: S314 - Postwise's own metadata
    assert root.tag == f"{MD}EntityDescriptor"
    assert "validUntil" not in root.attrib
    assert [element.text for element in root.iter(f"{MD}NameIDFormat")] == [PERSISTENT]
    acs = root.find(f".//{MD}AssertionConsumerService")
    assert acs.get("Location") == "http://localhost/accounts/saml/council/acs/"


def test_the_authn_request_asks_the_idp_for_a_persistent_nameid(client, saml_idp, saml_sp):
    client.defaults["HTTP_HOST"] = "localhost"
    saml_idp.trust_sp(client.get(METADATA_PATH).content.decode())
    start = client.post("/accounts/saml/council/login/", {"process": "login"})
    requests.get(start["Location"], timeout=10).raise_for_status()

    assert [pending["name_id_format"] for pending in saml_idp.pending.values()] == [PERSISTENT]
