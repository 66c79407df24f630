"""Promoting a forum post: a form pre-filled as plain text, a draft only champions see, then a publish step."""

import uuid

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from community.bestpractice.factories import StatementFactory
from community.bestpractice.models import Statement
from community.bestpractice.services import create_draft_statement, publish_statement
from community.factories import MemberFactory
from community.forum.factories import TopicFactory, champions_only, enthusiasts
from community.refusals import Refused
from tests.conftest import ROLE_NAMES

pytestmark = pytest.mark.django_db

REPLY = (
    "Post **short clips** with captions, as @newstarter found out.\n\n"
    "People scroll *without sound*, so [subtitles](https://example.org/subtitles) matter."
)
DRAFT_TITLE = "Caption every zebracrossing clip"


def _form_data(**overrides) -> dict:
    data = {
        "title": "Add captions to short clips",
        "stance": "do",
        "theme": "style",
        "explanation": "People scroll without sound.",
        "submission_key": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


@pytest.fixture
def reply_post(db):
    MemberFactory(email="newstarter@example.org", first_name="Nina", last_name="Newstarter")
    return TopicFactory(category=enthusiasts(), title="How long should our videos be?", opening=REPLY).posts.get()


@pytest.fixture
def draft(db):
    return StatementFactory(title=DRAFT_TITLE, status=Statement.Status.DRAFT, explanation="Zebracrossing words.")


def test_the_form_is_prefilled_from_the_post_as_plain_text(client, champion, reply_post):
    client.force_login(champion)
    response = client.get(reverse("bestpractice:promote", args=[reply_post.pk]))
    assert response.status_code == 200
    form = response.context["form"]
    title, explanation = form["title"].value(), form["explanation"].value()
    assert title == "Post short clips with captions, as Nina Newstarter found out."
    assert "subtitles (https://example.org/subtitles) matter" in explanation
    assert "\n\nPeople scroll without sound" in explanation
    for markup in ("**", "*", "@", "[", "]("):
        assert markup not in title and markup not in explanation.replace("https://", "")
    # The thread's question is not the statement's title.
    assert title != reply_post.topic.title
    assert not Statement.objects.exists()


def test_saving_makes_one_linked_draft_even_when_sent_twice(client, champion, reply_post):
    client.force_login(champion)
    address = reverse("bestpractice:promote", args=[reply_post.pk])
    data = _form_data()
    first = client.post(address, data)
    again = client.post(address, data)
    other_key = client.post(address, _form_data())
    statement = Statement.objects.get()
    assert statement.status == Statement.Status.DRAFT and statement.created_by == champion
    assert first.url == statement.get_absolute_url() and again.url == first.url and other_key.url == first.url
    assert list(statement.posts.all()) == [reply_post] and list(statement.topics.all()) == [reply_post.topic]
    assert statement.title == "Add captions to short clips" and statement.explanation == "People scroll without sound."
    page = client.get(statement.get_absolute_url()).content.decode()
    assert reply_post.topic.get_absolute_url() in page and "Publish" in page


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"title": "   "}, "title", "Enter a title for the statement."),
        ({"title": "x" * 161}, "title", "The title must be 160 characters or fewer."),
        ({"theme": ""}, "theme", "Choose a theme."),
        ({"theme": "nonsense"}, "theme", "Select a valid choice."),
        ({"explanation": ""}, "explanation", "Enter the explanation."),
    ],
)
def test_bad_input_is_explained_beside_its_field_and_saves_nothing(
    client, champion, reply_post, overrides, field, message
):
    client.force_login(champion)
    response = client.post(reverse("bestpractice:promote", args=[reply_post.pk]), _form_data(**overrides))
    assert response.status_code == 200
    assert message in response.context["form"].errors[field][0]
    html = response.content.decode()
    assert f'id="id_{field}-error" class="govuk-error-message"' in html and "govuk-error-summary" in html
    assert not Statement.objects.exists()


def test_the_service_refuses_bad_input_and_saves_nothing(champion, reply_post):
    with pytest.raises(Refused, match="Choose a theme"):
        create_draft_statement(
            title="Fine", stance="do", theme="", explanation="Fine.", by=champion, source_post=reply_post
        )
    with pytest.raises(TypeError):
        create_draft_statement("Fine", "do", "style", "Fine.", champion)  # keyword-only
    assert not Statement.objects.exists()


def test_a_post_from_a_restricted_category_warns_that_every_member_will_read_it(client, champion):
    secret = TopicFactory(category=champions_only(), opening="Only **champions** know this.").posts.get()
    open_post = TopicFactory(category=enthusiasts(), opening="Everyone knows this.").posts.get()
    client.force_login(champion)
    warning = "will be visible to every member"
    assert warning in client.get(reverse("bestpractice:promote", args=[secret.pk])).content.decode()
    assert warning not in client.get(reverse("bestpractice:promote", args=[open_post.pk])).content.decode()
    client.post(reverse("bestpractice:promote", args=[secret.pk]), _form_data())
    statement = Statement.objects.get()
    assert "visible to every member" in client.get(statement.get_absolute_url()).content.decode()


def test_a_draft_is_invisible_to_a_basic_member_in_every_read_path(client, basic_member, champion, draft):
    client.force_login(basic_member)
    reads = {
        "library": client.get(reverse("bestpractice:library")),
        "theme page": client.get(reverse("bestpractice:library"), {"theme": "style", "stance": "do"}),
        "search": client.get(reverse("home:search"), {"q": "zebracrossing"}),
        "search, best practice only": client.get(
            reverse("home:search"), {"q": "zebracrossing", "type": "bestpractice"}
        ),
        "home page": client.get("/"),
    }
    for name, response in reads.items():
        assert response.status_code == 200, name
        assert DRAFT_TITLE not in response.content.decode(), name
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert not Statement.objects.published().exists()

    client.force_login(champion)
    library = client.get(reverse("bestpractice:library")).content.decode()
    assert "Drafts" in library and DRAFT_TITLE in library
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_publishing_makes_it_visible_to_every_member(client, basic_member, champion, draft):
    client.force_login(champion)
    response = client.post(reverse("bestpractice:publish", args=[draft.pk]))
    assert response.url == draft.get_absolute_url()
    draft.refresh_from_db()
    assert draft.status == Statement.Status.PUBLISHED and draft.published_by == champion and draft.published_at
    again = client.post(reverse("bestpractice:publish", args=[draft.pk]), follow=True)
    assert "already published" in again.content.decode()

    client.force_login(basic_member)
    assert client.get(draft.get_absolute_url()).status_code == 200
    assert DRAFT_TITLE in client.get(reverse("bestpractice:library"), {"theme": "style"}).content.decode()
    assert DRAFT_TITLE in client.get(reverse("home:search"), {"q": "zebracrossing"}).content.decode()


@pytest.mark.parametrize("role", [role for role in ROLE_NAMES if role != "champion"])
def test_a_refused_publish_writes_nothing(role, client_for_role, member_for_role, draft):
    before = list(Statement.objects.values_list("status", "published_at", "published_by", "updated_at"))
    response = client_for_role(role).post(reverse("bestpractice:publish", args=[draft.pk]))
    assert response.status_code == (302 if role == "anonymous" else 404)
    if role != "anonymous":
        with pytest.raises(PermissionDenied):
            publish_statement(statement=draft, by=member_for_role(role))
    assert list(Statement.objects.values_list("status", "published_at", "published_by", "updated_at")) == before


def test_drafts_and_the_form_keep_to_a_query_budget(client, champion, reply_post, django_assert_max_num_queries):
    StatementFactory.create_batch(60, status=Statement.Status.DRAFT)
    client.force_login(champion)
    # Measured on PostgreSQL with 60 drafts: 18 (a champion's header asks more than a basic member's).
    with django_assert_max_num_queries(18):
        library = client.get(reverse("bestpractice:library"))
    assert library.content.decode().count("Statement number") == 50
    with django_assert_max_num_queries(14):
        assert client.get(reverse("bestpractice:promote", args=[reply_post.pk])).status_code == 200
