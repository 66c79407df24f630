"""Single sign-on journeys in the browser against a real OpenID Connect provider (npm oidc-provider).

The takeover refusals for every email_verified value run with Django's test client against the same
provider in tests/sso/test_oidc.py; here a person sees each outcome, and axe-core checks the pages.
"""

import pytest
from allauth.socialaccount.models import SocialAccount
from playwright.sync_api import expect

from community.factories import MemberFactory
from community.models import Member

pytestmark = pytest.mark.e2e


def sign_in_with_sso(page) -> None:
    page.goto("/accounts/login/")
    page.get_by_role("button", name="Sign in with Example Council account").click()
    page.get_by_role("button", name="Continue").click()  # allauth's no-JS confirmation, then the provider
    page.wait_for_load_state()


def test_new_member_signs_out_at_the_provider_and_returns(page, sso, live_server, assert_accessible):
    sso.set_users(
        {"sub-nia": {"email": "nia@example.org", "email_verified": True, "given_name": "Nia", "family_name": "Starter"}}
    )
    page.goto("/accounts/login/")
    assert_accessible(page)
    sign_in_with_sso(page)
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    member = Member.objects.get(email="nia@example.org")
    assert member.first_name == "Nia"

    page.get_by_role("button", name="Sign out").click()
    # RP-initiated logout: the provider asks to confirm ending its own session, then sends us home.
    page.wait_for_url(f"{sso.issuer}/session/end**")
    page.get_by_role("button", name="Yes, sign me out").click()
    page.wait_for_url(f"{live_server.url}/")
    expect(page.get_by_role("link", name="Sign in").first).to_be_visible()

    sign_in_with_sso(page)  # the returning member: the same account, not a second one
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    assert Member.objects.filter(email="nia@example.org").count() == 1
    assert SocialAccount.objects.get(uid="sub-nia").user == member


def test_an_existing_member_is_linked_by_verified_email(page, sso):
    owner = MemberFactory(email="newstarter@example.org")
    sso.set_users({"sub-owner": {"email": "newstarter@example.org", "email_verified": True}})
    sign_in_with_sso(page)
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    assert SocialAccount.objects.get(uid="sub-owner").user == owner
