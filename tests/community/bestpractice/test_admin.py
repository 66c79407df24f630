"""Champions manage best practice statements and forum categories in the Wagtail admin."""

import pytest

from community.bestpractice.models import Statement
from community.forum.models import Category
from tests.community.mfa_helpers import sign_in_with_totp

pytestmark = pytest.mark.django_db


def test_champion_adds_a_statement_and_edits_category_access(client, champion):
    sign_in_with_totp(client, champion)
    assert client.get("/admin/snippets/bestpractice/statement/").status_code == 200
    response = client.post(
        "/admin/snippets/bestpractice/statement/add/",
        {
            "title": "Answer in the channel people used",
            "stance": "do",
            "theme": "style",
            "explanation": "Meet them there.",
        },
    )
    assert response.status_code == 302
    assert Statement.objects.filter(title="Answer in the channel people used").exists()
    response = client.post(
        "/admin/snippets/forum/category/add/",
        {
            "name": "Events",
            "slug": "events",
            "description": "",
            "position": "3",
            "read_level": "1",
            "start_level": "2",
            "reply_level": "",
            "reply_roles": ["Customer service champion"],
        },
    )
    assert response.status_code == 302
    category = Category.objects.get(slug="events")
    assert category.reply_level is None and category.reply_roles == ["Customer service champion"]
    assert category.read_roles == []


@pytest.mark.parametrize("fixture", ["coordinator", "tech_support"])
def test_other_roles_cannot_manage_them(client, request, fixture):
    member = request.getfixturevalue(fixture)
    sign_in_with_totp(client, member)
    for url in ("/admin/snippets/bestpractice/statement/", "/admin/snippets/forum/category/"):
        assert client.get(url).status_code in (302, 403)
