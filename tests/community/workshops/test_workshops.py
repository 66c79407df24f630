import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from community.factories import MemberFactory
from community.workshops.models import Placing, Workshop, WorkshopStatement
from community.workshops.results import results_for
from community.workshops.services import place
from tests.conftest import ROLE_NAMES


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_who_may_see_take_part_and_run(role, client_for_role, workshop):
    client = client_for_role(role)
    detail = client.get(reverse("workshops:detail", args=[workshop.pk]))
    new = client.get(reverse("workshops:new"))
    added = client.post(
        reverse("workshops:add_statement", args=[workshop.pk]), {"text": f"Said by {role}", "position": "2"}
    )
    if role == "anonymous":
        assert detail.status_code == new.status_code == added.status_code == 302
        assert not WorkshopStatement.objects.exists()
        return
    assert detail.status_code == 200 and added.status_code == 302
    assert WorkshopStatement.objects.filter(text=f"Said by {role}").exists()
    assert new.status_code == (200 if role == "champion" else 403)


def test_champion_opens_a_workshop(client, champion):
    client.force_login(champion)
    response = client.post(
        reverse("workshops:new"),
        {"question": "Should we post at weekends?", "themes": ["activities"], "closes_on": "2099-01-31"},
    )
    workshop = Workshop.objects.get(question="Should we post at weekends?")
    assert response.status_code == 302 and workshop.is_open and workshop.themes == ["activities"]
    bad = client.post(reverse("workshops:new"), {"question": "", "closes_on": "2000-01-01"})
    html = bad.content.decode()
    assert "Enter the workshop’s question." in html and "must be today or in the future" in html
    assert "Choose at least one theme." in html


def test_placing_is_one_per_member_and_changeable(client, basic_member, workshop):
    client.force_login(basic_member)
    client.post(
        reverse("workshops:add_statement", args=[workshop.pk]),
        {"text": "Reply within a day", "position": "1", "theme": "style"},
    )
    statement = WorkshopStatement.objects.get()
    client.post(reverse("workshops:place", args=[workshop.pk]), {f"s{statement.pk}": "4"})
    client.post(reverse("workshops:place", args=[workshop.pk]), {f"s{statement.pk}": "4"})
    assert list(Placing.objects.values_list("member_id", "position")) == [(basic_member.pk, 4)]


def test_placing_many_statements_at_once_locks_the_workshop_once(
    client, basic_member, workshop, django_assert_max_num_queries
):
    statements = [
        WorkshopStatement.objects.create(workshop=workshop, text=f"Idea {n}", author=basic_member) for n in range(8)
    ]
    first_placed_at = Placing.objects.create(statement=statements[0], member=basic_member, position=1).updated_at
    client.force_login(basic_member)
    url = reverse("workshops:place", args=[workshop.pk])
    client.post(url, {f"s{statements[1].pk}": "2"})  # a first request warms the per-process caches
    # The viewer, the workshop, its statements, the lock, one write for every placing, and the message.
    with django_assert_max_num_queries(12):
        response = client.post(url, {f"s{statement.pk}": str(n % 5 + 1) for n, statement in enumerate(statements)})
    assert response.status_code == 302
    placed = dict(Placing.objects.filter(member=basic_member).values_list("statement_id", "position"))
    assert placed == {statement.pk: n % 5 + 1 for n, statement in enumerate(statements)}
    # A changed placing records when it changed, as a new one does.
    moved = Placing.objects.get(member=basic_member, statement=statements[0])
    assert moved.updated_at > first_placed_at


def test_bad_statement_input_gets_clear_messages(client, basic_member, workshop):
    client.force_login(basic_member)
    url = reverse("workshops:add_statement", args=[workshop.pk])
    html = client.post(url, {"text": "", "position": ""}).content.decode()
    assert "Enter a statement." in html and "Choose a place on the line" in html
    client.post(url, {"text": "Use plain words", "position": "1"})
    duplicate = client.post(url, {"text": "use PLAIN words", "position": "2"}).content.decode()
    assert "already on the line" in duplicate
    assert 'value="use PLAIN words"' in duplicate
    assert WorkshopStatement.objects.count() == 1
    bad_theme = client.post(url, {"text": "Another", "theme": "nonsense", "position": "2"}).content.decode()
    assert "Select a valid choice" in bad_theme


def test_closing_freezes_the_workshop_on_the_server(client, basic_member, champion, workshop):
    statement = WorkshopStatement.objects.create(workshop=workshop, text="Post at night", author=champion)
    place(member=basic_member, statement=statement, position=2)
    client.force_login(basic_member)
    assert client.post(reverse("workshops:close", args=[workshop.pk])).status_code == 403
    client.force_login(champion)
    client.post(reverse("workshops:close", args=[workshop.pk]))
    workshop.refresh_from_db()
    assert workshop.closed_at is not None and not workshop.is_open
    client.force_login(basic_member)
    client.post(reverse("workshops:place", args=[workshop.pk]), {f"s{statement.pk}": "5"})
    response = client.post(
        reverse("workshops:add_statement", args=[workshop.pk]), {"text": "Late idea", "position": "1"}
    )
    assert "This workshop has closed" in response.content.decode()
    assert Placing.objects.get().position == 2
    assert WorkshopStatement.objects.count() == 1


def test_passing_the_closing_date_also_freezes(client, basic_member, workshop):
    Workshop.objects.filter(pk=workshop.pk).update(closes_at=timezone.now())
    client.force_login(basic_member)
    client.post(reverse("workshops:add_statement", args=[workshop.pk]), {"text": "Too late", "position": "1"})
    assert not WorkshopStatement.objects.exists()


def test_medians_spread_grouping_and_csv(client, champion, workshop, django_user_model):
    members = [MemberFactory() for _ in range(5)]
    odd = WorkshopStatement.objects.create(
        workshop=workshop, text="=cmd|' /C calc'!A0", theme="policy", author=champion
    )
    even = WorkshopStatement.objects.create(workshop=workshop, text="Use emojis", theme="style", author=champion)
    for member, position in zip(members, [1, 2, 2, 4, 5], strict=True):
        place(member=member, statement=odd, position=position)
    for member, position in zip(members[:4], [1, 2, 4, 5], strict=True):
        place(member=member, statement=even, position=position)
    results = {result.statement_id: result for result in results_for(workshop=workshop)}
    assert results[odd.pk].median == 2 and results[odd.pk].spread == (1, 5)
    assert results[even.pk].median == 3 and results[even.pk].spread == (1, 5)
    assert results[even.pk].median_label == "Between probably should and not sure" or results[even.pk].median == 3

    client.force_login(champion)
    grouped = client.get(reverse("workshops:results", args=[workshop.pk]), {"group": "theme"}).content.decode()
    assert "Policy and rules" in grouped and "Communication style" in grouped
    export = client.get(reverse("workshops:export", args=[workshop.pk]))
    rows = list(csv.reader(io.StringIO(export.content.decode())))
    assert rows[0][:4] == ["statement", "theme", "placings", "median"]
    by_text = {row[0]: row for row in rows[1:]}
    assert by_text["'=cmd|' /C calc'!A0"][2:6] == ["5", "2.0", "1", "5"]
    assert by_text["Use emojis"][3] == "3.0"


def test_results_page_query_budget(client, champion, workshop, django_assert_max_num_queries):
    members = [MemberFactory() for _ in range(6)]
    for number in range(30):
        statement = WorkshopStatement.objects.create(workshop=workshop, text=f"Statement {number}", author=champion)
        Placing.objects.bulk_create(
            [Placing(statement=statement, member=m, position=1 + (number + i) % 5) for i, m in enumerate(members)]
        )
    client.force_login(champion)
    client.get(reverse("workshops:list"))  # warm the per-site settings and admin user bar
    with django_assert_max_num_queries(15):
        assert client.get(reverse("workshops:results", args=[workshop.pk])).status_code == 200
    with django_assert_max_num_queries(15):
        assert client.get(reverse("workshops:detail", args=[workshop.pk])).status_code == 200
