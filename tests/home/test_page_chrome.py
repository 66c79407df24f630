"""Defects staff met on the front end (issue 20, item 13) that need no browser to see."""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from community.bestpractice.models import Statement
from home.models import HomePage

USERBAR = "<wagtail-userbar"


def h1_of(response) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S).group(1)


@pytest.mark.django_db
def test_a_best_practice_statement_says_its_stance_once(client, basic_member):
    statement = Statement.objects.create(
        title="Don't announce an event before the booking page works", stance="dont", theme="activities"
    )
    client.force_login(basic_member)
    response = client.get(reverse("bestpractice:detail", args=[statement.pk]))
    heading = h1_of(response)
    assert heading.strip() == escape(statement.title)
    assert "govuk-tag" not in heading
    tag = f">{escape(statement.get_stance_display())}</strong>"
    assert response.content.decode().count(tag) == 1  # the stance tag, beside the theme


@pytest.mark.django_db
def test_the_wagtail_userbar_shows_only_on_wagtail_pages(client, champion):
    client.force_login(champion)
    assert USERBAR in client.get(HomePage.objects.get().url).content.decode()
    for url in [reverse("forum:index"), reverse("workshops:list"), reverse("bestpractice:library")]:
        assert USERBAR not in client.get(url).content.decode(), url
