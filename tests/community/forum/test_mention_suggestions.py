"""The reply box's member suggestions: signed-in members only, bounded, rate-limited, any input safe."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from community.factories import MemberFactory
from community.forum.selectors import MEMBER_SUGGESTIONS
from community.forum.views import members

URL = reverse("forum:mention_suggestions")


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_anonymous_visitors_are_sent_to_sign_in(client, db):
    response = client.get(URL, {"q": "ne"})
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_members_are_suggested_by_handle_or_name(client, basic_member, db):
    MemberFactory(email="priya.shah@example.org", first_name="Priya", last_name="Shah")
    MemberFactory(email="ps@example.org", first_name="Sam", last_name="Pryce")
    client.force_login(basic_member)
    found = client.get(URL, {"q": "@pri"}).json()["members"]
    assert {"handle": "priya.shah", "name": "Priya Shah"} in found
    assert [m["handle"] for m in client.get(URL, {"q": "pryce"}).json()["members"]] == ["ps"]


def test_results_are_bounded(client, basic_member, db, django_assert_max_num_queries):
    for number in range(MEMBER_SUGGESTIONS + 5):
        MemberFactory(email=f"bulk{number:02}@example.org")
    client.force_login(basic_member)
    with django_assert_max_num_queries(6):
        found = client.get(URL, {"q": "bulk"}).json()["members"]
    assert len(found) == MEMBER_SUGGESTIONS


@pytest.mark.parametrize("typed", ["", "@", "%", "_", "a\x00b", "'; drop table", "x" * 5000, "é☃", "(?i).*"])
def test_any_input_gives_a_json_answer(client, basic_member, db, typed):
    client.force_login(basic_member)
    response = client.get(URL, {"q": typed})
    assert response.status_code == 200
    assert isinstance(response.json()["members"], list)


def test_a_wildcard_matches_nothing_special(client, basic_member, db):
    MemberFactory(email="zed@example.org")
    client.force_login(basic_member)
    assert client.get(URL, {"q": "%"}).json()["members"] == []


def test_posting_is_refused(client, basic_member, db):
    client.force_login(basic_member)
    assert client.post(URL, {"q": "ne"}).status_code == 405


def test_too_many_requests_are_refused(client, basic_member, db, monkeypatch, still_clock):
    monkeypatch.setattr(members, "SUGGESTIONS_PER_MINUTE", 3)
    client.force_login(basic_member)
    statuses = [client.get(URL, {"q": "ne"}).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
