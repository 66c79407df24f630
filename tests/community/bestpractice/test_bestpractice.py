import pytest
from django.urls import reverse

from community.bestpractice.models import Statement
from community.forum.factories import TopicFactory, champions_only, enthusiasts
from tests.conftest import ROLE_NAMES


@pytest.fixture
def statements(db):
    return [
        Statement.objects.create(
            title=f"Statement {n}",
            stance="do" if n % 2 else "dont",
            theme=["policy", "style", "activities"][n % 3],
            explanation="Because.",
        )
        for n in range(45)
    ]


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_library_is_for_members_and_promotion_for_champions(role, client_for_role):
    client = client_for_role(role)
    post = TopicFactory(category=enthusiasts()).posts.get()
    library = client.get(reverse("bestpractice:library"))
    form = client.get(reverse("bestpractice:promote", args=[post.pk]))
    sent = client.post(reverse("bestpractice:promote", args=[post.pk]))
    if role == "anonymous":
        assert library.status_code == 302 and form.status_code == 302 and sent.status_code == 302
    elif role == "champion":
        # An empty form comes back with its errors.
        assert library.status_code == 200 and form.status_code == 200 and sent.status_code == 200
    else:
        assert library.status_code == 200 and form.status_code == 403 and sent.status_code == 403
    assert not Statement.objects.exists()


@pytest.mark.parametrize("role", ["basic", "corporate", "champion", "coordinator"])
def test_the_topic_page_offers_promotion_to_champions_only(role, client_for_role):
    """The best practice app adds its button beneath each visible post through the postwise_post_action hook."""
    topic = TopicFactory(category=enthusiasts())
    page = client_for_role(role).get(topic.get_absolute_url()).content.decode()
    promote_url = reverse("bestpractice:promote", args=[topic.posts.get().pk])
    assert ("Promote to best practice" in page and promote_url in page) is (role == "champion")


def test_statement_pages_hide_links_to_restricted_topics(client, basic_member):
    secret = TopicFactory(category=champions_only(), title="Secret champion thread")
    statement = Statement.objects.create(title="Be kind", stance="do", theme="style", explanation="Always.")
    statement.topics.add(secret)
    client.force_login(basic_member)
    assert "Secret champion thread" not in client.get(statement.get_absolute_url()).content.decode()


def test_filters_and_bounded_pages(client, basic_member, statements, django_assert_max_num_queries):
    client.force_login(basic_member)
    response = client.get(reverse("bestpractice:library"), {"theme": "style", "stance": "do"})
    html = response.content.decode()
    expected = [s.title for s in statements if s.theme == "style" and s.stance == "do"]
    assert all(f">{title}<" in html for title in expected)
    assert ">Statement 0<" not in html  # policy, don't
    # 11: the header's unread count now always runs (it includes licence news, which has no forum category).
    with django_assert_max_num_queries(11):
        page_two = client.get(reverse("bestpractice:library"), {"page": "2"})
    assert page_two.status_code == 200
    for junk in ("abc", "-5", "99999"):
        assert client.get(reverse("bestpractice:library"), {"page": junk, "theme": "<script>"}).status_code == 200
