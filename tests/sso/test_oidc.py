"""Single sign-on against a real OpenID Connect provider (npm oidc-provider on loopback)."""

import pytest
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import get_user_model

from community.adapters import strictly_true
from community.factories import MemberFactory
from community.privacy.services.leavers import deactivate
from community.roles import Role
from tests.community.mfa_helpers import current_code
from tests.sso.oidc import free_port, sign_in_with_client

Member = get_user_model()
NEW_STARTER = "newstarter@example.org"


def claims(email: str, **extra) -> dict:
    return {"email": email, "given_name": "Nia", "family_name": "Starter", **extra}


def signed_in_as(client):
    return Member.objects.filter(pk=client.session.get("_auth_user_id")).first()


@pytest.mark.parametrize(
    ("value", "verified"),
    [
        (True, True),
        ("true", True),
        ("TRUE", True),
        (" True ", True),
        (False, False),
        ("false", False),
        ("0", False),
        ("1", False),
        ("", False),
        (None, False),
        (1, False),
        ("yes", False),
    ],
)
def test_only_true_or_the_string_true_counts_as_verified(value, verified):
    assert strictly_true(value) is verified


@pytest.mark.django_db
def test_a_new_member_then_the_returning_member(client, oidc, mailoutbox):
    oidc.set_users({"sub-nia": claims("Nia.Starter@Example.org", email_verified=True)})
    response = sign_in_with_client(client)
    member = signed_in_as(client)
    assert member is not None and member.email == "nia.starter@example.org"
    assert (member.first_name, member.last_name) == ("Nia", "Starter")
    assert EmailAddress.objects.get(user=member).verified
    assert response.redirect_chain[-1][0] == "/my-path/" or response.status_code == 200
    client.logout()
    sign_in_with_client(client)
    assert signed_in_as(client) == member
    assert Member.objects.count() == 1 and SocialAccount.objects.filter(user=member).count() == 1
    assert mailoutbox == []


@pytest.mark.django_db
def test_an_existing_member_is_linked_by_a_verified_email_from_a_trusted_provider(client, oidc, mailoutbox):
    owner = MemberFactory(email=NEW_STARTER)
    oidc.set_users({"sub-owner": claims(NEW_STARTER, email_verified=True)})
    sign_in_with_client(client)
    assert signed_in_as(client) == owner
    assert SocialAccount.objects.get(uid="sub-owner").user == owner
    assert mailoutbox == []


@pytest.mark.django_db
@pytest.mark.parametrize("flag", [False, "false", "False", "0", "", None], ids=repr)
def test_an_unverified_email_never_takes_over_an_existing_member(client, oidc, mailoutbox, flag):
    owner = MemberFactory(email=NEW_STARTER)
    password_before = owner.password
    extra = {} if flag is None else {"email_verified": flag}  # None: the claim is missing
    oidc.set_users({"sub-attacker": claims(NEW_STARTER, **extra)})
    response = sign_in_with_client(client)
    assert signed_in_as(client) is None
    assert not SocialAccount.objects.exists()
    page = response.content.decode()
    assert "did not confirm that this address is yours" in page
    assert "Confirmation email sent" not in page and "Verify your email" not in page
    assert mailoutbox == []  # the real owner is told nothing, nor asked to reset a password
    owner.refresh_from_db()
    assert owner.password == password_before and owner.has_usable_password()


@pytest.mark.django_db
def test_a_verified_email_from_an_untrusted_provider_does_not_link(client, oidc_server, settings, mailoutbox):
    settings.SOCIALACCOUNT_PROVIDERS = oidc_server.app_settings(email_trusted=False)
    MemberFactory(email=NEW_STARTER)
    oidc_server.set_users({"sub-x": claims(NEW_STARTER, email_verified=True)})
    response = sign_in_with_client(client)
    assert signed_in_as(client) is None and not SocialAccount.objects.exists()
    assert "did not confirm that this address is yours" in response.content.decode()
    assert mailoutbox == []


@pytest.mark.django_db
def test_a_new_member_with_an_unverified_email_must_confirm_it(client, oidc, mailoutbox):
    oidc.set_users({"sub-new": claims("fresh@example.org", email_verified="false")})
    sign_in_with_client(client)
    address = EmailAddress.objects.get(email="fresh@example.org")
    assert not address.verified
    assert [message.to for message in mailoutbox] == [["fresh@example.org"]]


@pytest.mark.django_db
@pytest.mark.parametrize("email", ["someone@notallowed.test", None])
def test_a_refused_domain_or_no_email_says_so_with_the_support_contact(client, oidc, email):
    user = claims(email, email_verified=True) if email else {"given_name": "No", "family_name": "Email"}
    oidc.set_users({"sub-out": user})
    response = sign_in_with_client(client)
    page = response.content.decode()
    assert signed_in_as(client) is None and not Member.objects.exists()
    assert "Sign in with your work email." in page
    if email:
        assert "Addresses at notallowed.test cannot join Postwise" in page
    assert "social-media@example.org" in page  # OrganisationSettings.support_email
    assert "Sign Up Closed" not in page


@pytest.mark.django_db
def test_a_provider_that_is_down_gives_a_clear_page_and_a_log_line(client, oidc_server, settings, caplog):
    settings.SOCIALACCOUNT_PROVIDERS = oidc_server.app_settings(server_url=f"http://127.0.0.1:{free_port()}")
    response = client.post("/accounts/oidc/organisation/login/")
    assert response.status_code == 503
    assert "Sign-in is unavailable" in response.content.decode()
    assert "Try again later" in response.content.decode()
    assert any("unreachable" in record.getMessage() for record in caplog.records)


@pytest.mark.django_db
def test_signing_out_signs_out_at_the_provider_too(client, oidc):
    oidc.set_users({"sub-nia": claims("nia@example.org", email_verified=True)})
    sign_in_with_client(client)
    response = client.post("/accounts/logout/")
    assert signed_in_as(client) is None
    assert response.status_code == 302
    assert response["Location"].startswith(f"{oidc.issuer}/session/end")
    assert "post_logout_redirect_uri=http%3A%2F%2Ftestserver%2F" in response["Location"]


@pytest.mark.django_db
def test_the_button_uses_the_organisation_name(client, oidc):
    page = client.get("/accounts/login/").content.decode()
    assert "Sign in with Example Council account" in page
    assert "Or use a third-party" not in page


# Transactional: allauth records the TOTP step on commit, which must happen inside the request.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("with_password", [True, False], ids=["has-a-password", "no-password"])
def test_a_role_holder_after_sso_sets_up_totp_without_a_password_and_returns_to_the_admin(client, oidc, with_password):
    champion = MemberFactory(email="champion@example.org", roles=(Role.CHAMPION,))
    if not with_password:
        champion.set_unusable_password()
        champion.save()
    oidc.set_users({"sub-champion": claims("champion@example.org", email_verified=True)})
    sign_in_with_client(client)
    assert signed_in_as(client) == champion

    response = client.get("/admin/")
    assert response.url.startswith("/accounts/2fa/totp/activate/")
    response = client.get(response.url)
    assert response.status_code == 200, response.get("Location")  # not sent to reauthenticate
    secret = response.context["form"].secret
    response = client.post("/accounts/2fa/totp/activate/", {"code": current_code(secret)})
    assert response.status_code == 302 and response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_signing_out_when_the_provider_cannot_be_reached_signs_out_here_only(client, oidc, settings, caplog):
    oidc.set_users({"sub-nia": claims("nia@example.org", email_verified=True)})
    sign_in_with_client(client)
    settings.SOCIALACCOUNT_PROVIDERS = oidc.app_settings(server_url=f"http://127.0.0.1:{free_port()}")
    response = client.post("/accounts/logout/")
    assert signed_in_as(client) is None
    assert response.status_code == 302 and response["Location"] == "/"
    assert any("unreachable at sign-out" in record.getMessage() for record in caplog.records)


@pytest.mark.django_db
def test_a_password_sign_in_signs_out_locally(client):
    member = MemberFactory(email="local@example.org")
    client.force_login(member)
    response = client.post("/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == "/"


@pytest.mark.django_db
def test_a_leaver_cannot_sign_in_by_single_sign_on(client, oidc, mailoutbox):
    """Closing a leaver's account ends their open session and refuses the provider's next sign-in."""
    oidc.set_users({"sub-nia": claims(NEW_STARTER, email_verified=True)})
    sign_in_with_client(client)
    member = signed_in_as(client)
    assert member is not None
    deactivate(member=member, by=None, basis="Left the organisation")
    assert client.get("/account/")["Location"].startswith("/accounts/login/")
    sign_in_with_client(client)
    assert signed_in_as(client) is None
