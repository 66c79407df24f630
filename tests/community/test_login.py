import pytest

LOGIN = "/accounts/login/"


@pytest.mark.django_db
def test_login_by_email_reaches_my_path(client, basic_member):
    response = client.post(LOGIN, {"login": basic_member.email, "password": "postwise-test-pass"})
    assert response.status_code == 302
    assert response.url == "/my-path/"
    assert client.get("/my-path/").status_code == 200


@pytest.mark.django_db
def test_wrong_password_gets_a_clear_message(client, basic_member):
    response = client.post(LOGIN, {"login": basic_member.email, "password": "wrong"})
    assert response.status_code == 200
    assert "not correct" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_repeated_failed_logins_are_rate_limited(client, basic_member):
    pages = [client.post(LOGIN, {"login": basic_member.email, "password": "wrong"}).content for _ in range(6)]
    assert b"Too many failed login attempts" not in pages[0]
    assert b"Too many failed login attempts" in pages[-1]
    # Once limited, even the right password is refused for now, with the same clear message.
    response = client.post(LOGIN, {"login": basic_member.email, "password": "postwise-test-pass"})
    assert b"Too many failed login attempts" in response.content
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_logout_is_a_post_and_ends_the_session(client, basic_member):
    client.force_login(basic_member)
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session
