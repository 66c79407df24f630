import pytest
from django.urls import reverse
from wagtail.models import Page

from community.bestpractice.models import Statement
from community.forum.factories import TopicFactory, champions_only, corporate_users, enthusiasts
from courses.models import CourseIndexPage, CoursePage
from tests.conftest import ROLE_NAMES


@pytest.fixture
def content(db):
    open_topic = TopicFactory(category=enthusiasts(), title="Hashtag habits for events", opening_text="hashtags")
    open_topic.tags.add("events")
    corporate = TopicFactory(category=corporate_users(), title="Hashtag rules for licence holders")
    corporate.tags.add("events")
    secret = TopicFactory(category=champions_only(), title="Hashtag moderation backlog")
    secret.tags.add("events")
    statement = Statement.objects.create(
        title="Use camel case in every hashtag", stance="do", theme="style", explanation="Readable."
    )
    return {"open": open_topic, "corporate": corporate, "secret": secret, "statement": statement}


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_search_respects_access_for_every_role(role, client_for_role, content):
    client = client_for_role(role)
    response = client.get(reverse("home:search"), {"q": "hashtag"})
    if role == "anonymous":
        assert response.status_code == 302
        return
    html = response.content.decode()
    assert "Hashtag habits for events" in html
    assert "Use camel case in every hashtag" in html
    assert ("Hashtag rules for licence holders" in html) == (role in {"corporate", "manager", "champion"})
    assert ("Hashtag moderation backlog" in html) == (role == "champion")


def test_filter_by_type_and_tag(client, basic_member, content):
    client.force_login(basic_member)
    by_type = client.get(reverse("home:search"), {"q": "hashtag", "type": "bestpractice"}).content.decode()
    assert "Use camel case in every hashtag" in by_type and "Hashtag habits" not in by_type
    by_tag = client.get(reverse("home:search"), {"tag": "events"}).content.decode()
    assert "Hashtag habits for events" in by_tag
    assert "Hashtag moderation backlog" not in by_tag and "Hashtag rules for licence holders" not in by_tag
    assert "Use camel case" not in by_tag


def test_search_finds_wagtail_pages(client, basic_member):
    index = CourseIndexPage.objects.first()
    if index is None:
        home = Page.objects.get(depth=2)
        index = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses-search-test"))

    fields = {f.name for f in CoursePage._meta.get_fields()}
    course = CoursePage(title="Induction to social media at work", slug="induction-search-test")
    if "summary" in fields:
        course.summary = "The basics."
    index.add_child(instance=course)
    client.force_login(basic_member)
    html = client.get(reverse("home:search"), {"q": "induction", "type": "course"}).content.decode()
    assert "Induction to social media at work" in html


def test_odd_input_is_harmless(client, basic_member):
    client.force_login(basic_member)
    for params in ({"q": "x" * 5000}, {"q": "' OR 1=1 --"}, {"type": "nonsense", "q": "a"}, {"tag": "<script>"}):
        response = client.get(reverse("home:search"), params)
        assert response.status_code == 200
        assert "<script>" not in response.content.decode().split("<main")[1]


def test_search_query_budget_does_not_grow(client, basic_member, django_assert_max_num_queries):
    category = enthusiasts()
    client.force_login(basic_member)
    client.get(reverse("home:search"))  # warm per-site settings
    for number in range(40):
        TopicFactory(category=category, title=f"Newsletter idea {number}")
        Statement.objects.create(title=f"Newsletter rule {number}", stance="do", theme="style", explanation="x")
    with django_assert_max_num_queries(15):  # issue 14: no page above 15
        response = client.get(reverse("home:search"), {"q": "newsletter"})
    assert response.content.decode().count("Newsletter idea") == 20
