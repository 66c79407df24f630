"""Issue 14: a topic page's posts come from the cache, and each viewer still sees their own buttons and token."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from community.forum.factories import enthusiasts
from community.forum.models import Post
from community.forum.services.posting import reply, start_topic

pytestmark = pytest.mark.django_db


def _page(client, topic) -> str:
    response = client.get(topic.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_cached_posts_keep_each_viewers_own_actions(client, basic_member, corporate_member, champion):
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Event ideas", body="Share yours")
    answer = reply(author=corporate_member, topic=topic, body="Try a countdown.")
    edit = f'href="{reverse("forum:edit_post", args=[answer.pk])}"'
    flag = f'href="{reverse("forum:flag", args=[answer.pk])}"'

    client.force_login(corporate_member)  # the reply's author: may edit it, may not flag it
    first = _page(client, topic)
    assert edit in first and flag not in first

    other = Client()
    other.force_login(basic_member)  # the same posts, now from the cache: flag, no edit
    page = _page(other, topic)
    assert flag in page and edit not in page
    assert page.count('<article class="postwise-post') == 2

    moderator = Client()
    moderator.force_login(champion)
    hide = reverse("forum:moderate_post", args=[answer.pk, "hide"])
    assert hide in _page(moderator, topic) and hide not in page


def test_a_change_to_a_post_shows_at_once(client, basic_member, corporate_member):
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Event ideas", body="Share yours")
    answer = reply(author=corporate_member, topic=topic, body="Try a countdown.")
    client.force_login(basic_member)
    assert "Try a countdown." in _page(client, topic)
    Post.objects.filter(pk=answer.pk).update(body_html="<p>Try a poll.</p>", helpful_count=3)
    page = _page(client, topic)
    assert "Try a poll." in page and "Try a countdown." not in page
    assert "3 members found this helpful." in page


def test_each_response_carries_its_own_csrf_token_in_the_post_forms(basic_member, corporate_member):
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Event ideas", body="Share yours")
    answer = reply(author=corporate_member, topic=topic, body="Try a countdown.")
    client = Client(enforce_csrf_checks=True)
    client.force_login(basic_member)
    _page(client, topic)  # fills the cache
    page = _page(client, topic)
    assert "postwise-post-fragment-csrf-token" not in page
    helpful = reverse("forum:helpful", args=[answer.pk])
    form = re.search(
        rf'<form method="post" action="{re.escape(helpful)}">'
        r'<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)"',
        page,
    )
    assert form
    response = client.post(helpful, {"csrfmiddlewaretoken": form.group(1)})
    assert response.status_code in (302, 303)
    answer.refresh_from_db()
    assert answer.helpful_count == 1
