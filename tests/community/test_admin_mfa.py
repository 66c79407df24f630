import pytest
from django.test import Client

from community.factories import MemberFactory
from community.roles import Role
from tests.community.mfa_helpers import REAUTHENTICATE, activate_totp, current_code, sign_in_with_totp

TOTP_ACTIVATE = "/accounts/2fa/totp/activate/"


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(Role))
def test_a_role_holder_without_totp_is_sent_to_set_it_up(client, role):
    member = MemberFactory(roles=(role,))
    client.force_login(member)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith(TOTP_ACTIVATE)
    assert client.get("/admin/pages/").url.startswith(TOTP_ACTIVATE)


@pytest.mark.django_db
def test_a_superuser_without_totp_is_sent_to_set_it_up(client):
    client.force_login(MemberFactory(is_superuser=True, is_staff=True))
    assert client.get("/django-admin/").url.startswith(TOTP_ACTIVATE)


@pytest.mark.django_db
def test_a_champion_with_totp_must_give_a_code_at_login_then_reaches_the_admin(champion):
    secret = activate_totp(champion)
    client = Client()
    response = client.post("/accounts/login/", {"login": champion.email, "password": "postwise-test-pass"})
    assert response.url == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    response = client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(("steps_ago", "accepted"), [(1, True), (3, False)])
def test_a_code_from_one_step_ago_is_accepted_but_an_old_code_is_not(champion, steps_ago, accepted):
    secret = activate_totp(champion)
    client = Client()
    client.post("/accounts/login/", {"login": champion.email, "password": "postwise-test-pass"})
    client.post("/accounts/2fa/authenticate/", {"code": current_code(secret, steps_ago=steps_ago)})
    assert ("_auth_user_id" in client.session) is accepted


@pytest.mark.django_db
def test_a_wrong_totp_code_is_refused(champion):
    activate_totp(champion)
    client = Client()
    client.post("/accounts/login/", {"login": champion.email, "password": "postwise-test-pass"})
    response = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
@pytest.mark.parametrize("role_name", ["basic", "corporate", "manager"])
def test_members_without_a_role_cannot_use_the_admin(client_for_role, role_name):
    client = client_for_role(role_name)
    response = client.get("/admin/")
    # Wagtail refuses: to the admin's login address, which refuses a signed-in member with a 403.
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
    assert client.get(response.url).status_code == 403


@pytest.mark.django_db
def test_anonymous_admin_visitors_log_in_through_allauth(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    response = client.get(response.url)
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=%2Fadmin%2F"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/login/", "/django-admin/login/"])
def test_there_is_no_second_admin_login_form(client, path):
    response = client.get(path, {"next": "/admin/pages/"})
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=%2Fadmin%2Fpages%2F"
    # A posted password to the old form logs nobody in.
    client.post(path, {"username": "x@example.org", "password": "y"})
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_admin_login_redirect_refuses_an_offsite_next(client):
    response = client.get("/admin/login/", {"next": "https://evil.test/"})
    assert response.url == "/accounts/login/?next=%2Fadmin%2F"


@pytest.mark.django_db
def test_wagtail_password_reset_is_switched_off(client):
    assert client.get("/admin/password_reset/").status_code == 404


@pytest.mark.django_db
def test_a_superuser_with_totp_can_manage_members_in_the_wagtail_admin(client):
    admin = MemberFactory(is_superuser=True, is_staff=True)
    sign_in_with_totp(client, admin)
    assert client.get("/admin/users/").status_code == 200
    assert client.get(f"/admin/users/edit/{admin.pk}/").status_code == 200
    assert client.get("/admin/users/new/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/django-admin/"])
def test_a_session_that_skipped_the_code_is_asked_for_one_before_the_admin(client, champion, path):
    """Having an authenticator is not enough: this session must have used it."""
    champion.is_superuser = champion.is_staff = True
    champion.save()
    secret = activate_totp(champion)
    client.force_login(champion)  # signed in without a code, as any other login path would
    response = client.get(path)
    assert response.status_code == 302
    assert response.url == f"{REAUTHENTICATE}?next={path}"
    refused = client.post(response.url, {"code": "000000"})
    assert refused.status_code == 200
    assert client.get(path).url.startswith(REAUTHENTICATE)
    confirmed = client.post(response.url, {"code": current_code(secret)})
    assert confirmed.status_code == 302 and confirmed.url == path
    assert client.get(path).status_code == 200


# allauth announces the new authenticator on commit, so this test needs real commits. Like the browser
# tests, it restores the migrated data afterwards (serialized_rollback) instead of re-running post_migrate.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_activating_totp_counts_as_using_it_in_that_session(client):
    champion = MemberFactory(roles=(Role.CHAMPION,))
    client.force_login(champion)
    # allauth asks for the password again before activation; give it.
    client.post("/accounts/reauthenticate/", {"password": "postwise-test-pass"})
    client.get("/accounts/2fa/totp/activate/")
    secret = client.session["mfa.totp.secret"]
    response = client.post("/accounts/2fa/totp/activate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


# Where /admin/ ends for each role, following every redirect (issue 20: members without a role looped
# between /admin/ and the login page). Role holders without TOTP are sent to set it up, which first
# asks a session that did not just sign in to confirm its password.
ADMIN_ENDS = {
    "anonymous": (200, "/accounts/login/"),
    "basic": (403, "/admin/login/"),
    "corporate": (403, "/admin/login/"),
    "manager": (403, "/admin/login/"),
    "champion": (200, "/accounts/reauthenticate/"),
    "coordinator": (200, "/accounts/reauthenticate/"),
    "techsupport": (200, "/accounts/reauthenticate/"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(ADMIN_ENDS))
def test_the_admin_ends_on_a_clear_page_for_every_role(client_for_role, role):
    status, path = ADMIN_ENDS[role]
    response = client_for_role(role).get("/admin/", follow=True)
    assert response.status_code == status
    assert response.request["PATH_INFO"] == path
    text = response.content.decode()
    refused = "The admin is for champions, coordinators and technical support" in text
    assert refused is (status == 403)
    if refused:
        assert 'href="/"' in text
