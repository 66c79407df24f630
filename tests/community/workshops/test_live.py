"""The opinion line's results (strip plots, sorting), live mode and promotion to best practice."""

import pytest
from django.urls import reverse
from django.utils import timezone

from community.bestpractice.models import Statement
from community.factories import MemberFactory
from community.refusals import Refused
from community.roles import Role
from community.workshops import services
from community.workshops.factories import PlacingFactory, WorkshopStatementFactory
from community.workshops.models import Placing, Promotion, Workshop, WorkshopStatement
from community.workshops.results import most_agreed, results_for, sorted_results
from community.workshops.services import place, promote_most_agreed


def _statement(workshop, text, positions, author, theme="policy"):
    statement = WorkshopStatementFactory(workshop=workshop, text=text, theme=theme, author=author)
    for position in positions:
        PlacingFactory(statement=statement, position=position)
    return statement


@pytest.fixture
def placed(workshop, champion):
    return {
        "agreed": _statement(workshop, "Reply within a working day", [1, 1, 1, 2], champion),
        "divided": _statement(workshop, "Use emojis", [1, 5, 1, 5], champion, theme="style"),
        "against": _statement(workshop, "Argue with trolls", [5, 5, 4, 5], champion),
        "unsure": _statement(workshop, "Post at weekends", [3, 3, 3], champion),
        "few": _statement(workshop, "Pin every post", [1, 1], champion),
    }


def test_sorting_by_agreement_and_by_controversy(placed, workshop):
    rows = results_for(workshop=workshop)
    by_agreement = [row.text for row in sorted_results(rows, order="agreement")]
    by_controversy = [row.text for row in sorted_results(rows, order="controversy")]
    assert by_controversy[0] == "Use emojis"
    assert by_agreement.index("Use emojis") == len(by_agreement) - 1
    assert [row.text for row in most_agreed(rows)] == ["Reply within a working day", "Argue with trolls"]


def test_results_page_draws_a_strip_plot_beside_its_table_and_sorts(client, basic_member, placed, workshop):
    client.force_login(basic_member)
    page = client.get(reverse("workshops:results", args=[workshop.pk]), {"order": "controversy"}).content.decode()
    assert page.count('<svg class="pw-strip"') == 5
    assert 'aria-label="4 placings; median: Should; spread: agreed"' in page
    assert page.index("Use emojis") < page.index("Reply within a working day")
    assert "<script" not in page.split('<svg class="pw-strip"')[1].split("</svg>")[0]
    grouped = client.get(reverse("workshops:results", args=[workshop.pk]), {"group": "theme", "order": "x"})
    assert grouped.status_code == 200 and "Communication style" in grouped.content.decode()


def test_hidden_placings_show_to_champions_only_until_revealed(client, basic_member, champion, placed, workshop):
    Workshop.objects.filter(pk=workshop.pk).update(placings_hidden=True)
    client.force_login(basic_member)
    hidden = client.get(reverse("workshops:results", args=[workshop.pk])).content.decode()
    assert "Use emojis" not in hidden and "hidden the placings" in hidden
    assert client.get(reverse("workshops:export", args=[workshop.pk])).status_code == 403
    client.force_login(champion)
    assert "Use emojis" in client.get(reverse("workshops:results", args=[workshop.pk])).content.decode()
    fragment = client.get(reverse("workshops:live_results", args=[workshop.pk])).content.decode()
    assert "Use emojis" not in fragment and "hidden until the champion reveals" in fragment
    assert client.post(reverse("workshops:reveal", args=[workshop.pk]), {"hidden": "0"}).status_code == 302
    fragment = client.get(reverse("workshops:live_results", args=[workshop.pk])).content.decode()
    assert "Use emojis" in fragment and "17 times" in fragment
    client.force_login(basic_member)
    assert "Use emojis" in client.get(reverse("workshops:results", args=[workshop.pk])).content.decode()


def test_live_view_has_a_qr_code_and_a_join_link_that_leads_to_the_workshop(client, champion, basic_member, workshop):
    client.force_login(champion)
    page = client.get(reverse("workshops:live", args=[workshop.pk])).content.decode()
    workshop.refresh_from_db()
    code = workshop.join_code
    assert code and len(code) == 6
    join = reverse("workshops:join", kwargs={"code": code})
    assert f"http://testserver{join}" in page and "<svg" in page
    client.get(reverse("workshops:live", args=[workshop.pk]))
    workshop.refresh_from_db()
    assert workshop.join_code == code  # made once
    client.force_login(basic_member)
    assert client.get(join)["Location"] == workshop.get_absolute_url()
    assert client.get(reverse("workshops:join", kwargs={"code": code.lower()})).status_code == 302
    assert client.get(reverse("workshops:join", kwargs={"code": "ZZZZZZ"})).status_code == 404
    assert client.get(reverse("workshops:join", kwargs={"code": "<script>"})).status_code == 404
    assert client.get(reverse("workshops:live", args=[workshop.pk])).status_code == 403


def test_live_results_query_budget_is_flat(client, champion, workshop, django_assert_max_num_queries):
    client.force_login(champion)
    client.get(reverse("workshops:live_results", args=[workshop.pk]))
    members = [MemberFactory() for _ in range(8)]
    for number in range(40):
        statement = WorkshopStatement.objects.create(workshop=workshop, text=f"Statement {number}", author=champion)
        Placing.objects.bulk_create(
            [Placing(statement=statement, member=m, position=1 + (number + i) % 5) for i, m in enumerate(members)]
        )
    with django_assert_max_num_queries(8):
        assert client.get(reverse("workshops:live_results", args=[workshop.pk])).status_code == 200


def test_promoting_a_closed_workshop_makes_drafts_of_the_most_agreed_once(client, champion, placed, workshop):
    with pytest.raises(Refused):
        promote_most_agreed(champion=champion, workshop=workshop)
    Workshop.objects.filter(pk=workshop.pk).update(closed_at=timezone.now())
    client.force_login(champion)
    client.post(reverse("workshops:promote", args=[workshop.pk]))
    drafts = Statement.objects.filter(status=Statement.Status.DRAFT).order_by("title")
    assert [(draft.title, draft.stance, draft.theme) for draft in drafts] == [
        ("Argue with trolls", "dont", "policy"),
        ("Reply within a working day", "do", "policy"),
    ]
    response = client.post(reverse("workshops:promote", args=[workshop.pk]), follow=True)
    assert Statement.objects.count() == 2
    assert "No new statements" in response.content.decode()


def test_only_champions_promote_reveal_and_see_the_projector(client, basic_member, placed, workshop):
    Workshop.objects.filter(pk=workshop.pk).update(closed_at=timezone.now())
    client.force_login(basic_member)
    assert client.post(reverse("workshops:promote", args=[workshop.pk])).status_code == 403
    assert client.post(reverse("workshops:reveal", args=[workshop.pk]), {"hidden": "1"}).status_code == 403
    assert client.get(reverse("workshops:live_results", args=[workshop.pk])).status_code == 403
    assert not Statement.objects.exists()
    workshop.refresh_from_db()
    assert workshop.placings_hidden is False


def test_the_placing_form_is_marked_for_the_opinion_line_script(client, basic_member, workshop, champion):
    statement = WorkshopStatement.objects.create(workshop=workshop, text="Say thank you", author=champion)
    place(member=basic_member, statement=statement, position=2)
    client.force_login(basic_member)
    page = client.get(reverse("workshops:detail", args=[workshop.pk])).content.decode()
    assert "data-opinion-line" in page and "opinion-line.js" in page
    assert f'name="s{statement.pk}" type="radio" value="2" checked' in page


def test_a_second_champion_promoting_the_same_workshop_makes_no_duplicate_draft(champion, placed, workshop):
    Workshop.objects.filter(pk=workshop.pk).update(closed_at=timezone.now())
    second = MemberFactory(roles=(Role.CHAMPION,))
    first_made = promote_most_agreed(champion=champion, workshop=workshop)
    assert len(first_made) == 2
    assert promote_most_agreed(champion=second, workshop=workshop) == []
    assert Statement.objects.count() == 2
    assert Promotion.objects.filter(workshop_statement__workshop=workshop).count() == 2


def test_two_promotions_at_once_meet_the_database_constraint(champion, placed, workshop, monkeypatch):
    """As if the second champion looked before the first one's drafts were saved: the one-to-one promotion row
    refuses the second draft, and that draft is rolled back with it."""
    Workshop.objects.filter(pk=workshop.pk).update(closed_at=timezone.now())
    promote_most_agreed(champion=champion, workshop=workshop)
    monkeypatch.setattr(services, "_promoted_ids", lambda workshop: set())
    second = MemberFactory(roles=(Role.CHAMPION,))
    assert promote_most_agreed(champion=second, workshop=workshop) == []
    assert Statement.objects.count() == 2
    assert not Statement.objects.filter(created_by=second).exists()
