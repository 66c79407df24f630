import pytest

from community.factories import MemberFactory
from courses.licences.factories import LicenceFactory
from tests.conftest import ROLE_NAMES

MY_PATH = "/my-path/"


@pytest.mark.django_db
def test_anonymous_visitors_are_asked_to_log_in(client):
    response = client.get(MY_PATH)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role_name", "level_label"),
    [
        ("basic", "Basic"),
        ("corporate", "Corporate user"),
        ("manager", "Account manager"),
        ("champion", "Basic"),
        ("coordinator", "Basic"),
        ("techsupport", "Basic"),
    ],
)
def test_my_path_shows_each_member_their_level(client_for_role, role_name, level_label):
    response = client_for_role(role_name).get(MY_PATH)
    assert response.status_code == 200
    assert f"Your level: {level_label}" in response.content.decode()


@pytest.mark.django_db
def test_a_basic_member_is_shown_the_way_to_the_licence(client, basic_member):
    client.force_login(basic_member)
    html = client.get(MY_PATH).content.decode()
    assert "Reaching Corporate user" in html
    assert "licence to tweet" in html


@pytest.mark.django_db
def test_an_account_manager_has_reached_the_top(client, account_manager):
    client.force_login(account_manager)
    html = client.get(MY_PATH).content.decode()
    assert "Reaching" not in html
    assert "reached the top level" in html


@pytest.mark.django_db
def test_a_role_holder_without_totp_is_asked_to_set_it_up(client, champion):
    client.force_login(champion)
    html = client.get(MY_PATH).content.decode()
    assert "Set up two-factor authentication" in html
    assert "/accounts/2fa/totp/activate/" in html


@pytest.mark.django_db
@pytest.mark.parametrize("role_name", ROLE_NAMES[1:])
def test_navigation_shows_the_admin_only_to_role_holders(client_for_role, role_name):
    html = client_for_role(role_name).get(MY_PATH).content.decode()
    has_admin_link = 'href="/admin/"' in html
    assert has_admin_link is (role_name in {"champion", "coordinator", "techsupport"})


@pytest.mark.django_db
def test_my_path_query_budget_does_not_grow_with_the_data(client, django_assert_max_num_queries):
    member = MemberFactory()
    LicenceFactory(holder=member)
    client.force_login(member)
    client.get(MY_PATH)  # warm per-site caches
    with django_assert_max_num_queries(6) as small:  # issue 14
        client.get(MY_PATH)
    for _ in range(30):
        LicenceFactory(holder=MemberFactory())
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(MY_PATH)


@pytest.mark.django_db
@pytest.mark.parametrize("role_name", ROLE_NAMES)
def test_navigation_offers_search_to_members_and_not_to_visitors(client_for_role, role_name):
    html = client_for_role(role_name).get("/").content.decode()
    assert ('href="/search/"' in html) is (role_name != "anonymous")
