"""Issue 13: the signed-in home page gathers each feature's panel (community.home_panels), within a fixed number
of queries whatever the data, and shows each member only what they may see."""

import datetime

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from community.bestpractice.models import Statement
from community.factories import MemberFactory, OfficialAccountFactory
from community.forum.factories import TopicFactory, champions_only, enthusiasts
from community.forum.models import Category, Post, ReadMark, Topic
from community.forum.services.read_marks import mark_read
from community.home_panels import forget_shared, shared_fragment
from community.hub.models import FeedItem
from community.models import OfficialAccount
from community.registers.factories import ApplicationFactory
from community.registers.models import Application
from community.sites.models import SocialSite
from community.workshops.models import Placing, Workshop, WorkshopStatement

pytestmark = pytest.mark.django_db

ROLES = ["basic_member", "corporate_member", "account_manager", "champion", "coordinator", "tech_support"]
# The whole page: Wagtail's site and page, and the panels that are per member and not kept in the cache (the
# latest topics, the open workshops; the panel shows no tags, so none are read). The member comes from the cache
# (community/request_cache.py). The next step is kept per member, the shared panels for everyone. A role holder
# may enter the admin, so Wagtail adds its user bar (seven queries of its own: the member's and their groups'
# permissions, the admin profile twice, the page, page permissions and the page's workflow state), and their
# queue panel costs two.
MEMBER_BUDGET = 4
ROLE_HOLDER_BUDGET = 13
BUDGET = {
    "basic_member": MEMBER_BUDGET,
    "corporate_member": MEMBER_BUDGET,
    "account_manager": MEMBER_BUDGET,
    "champion": ROLE_HOLDER_BUDGET,
    "coordinator": ROLE_HOLDER_BUDGET,
    "tech_support": ROLE_HOLDER_BUDGET,
}


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/").status_code == 200
    return len(captured)


def _seed(size: int, *, author, champion) -> None:
    """`size` of everything the home page lists, written in bulk (the services would be far slower)."""
    now = timezone.now()
    category = Category.objects.filter(slug="enthusiasts").first() or enthusiasts()
    topics = Topic.objects.bulk_create(
        Topic(category=category, author=author, title=f"Bulk topic {size}-{n}", created_at=now, last_activity_at=now)
        for n in range(size)
    )
    posts = Post.objects.bulk_create(
        Post(
            topic=topic,
            author=author,
            is_opening=True,
            body="Hello",
            body_html="<p>Hello</p>",
            created_at=now,
            open_flag_count=1,
            last_flagged_at=now,
        )
        for topic in topics
    )
    for topic, post in zip(topics, posts, strict=True):
        topic.last_post_id = post.pk
    Topic.objects.bulk_update(topics, ["last_post_id"])
    ReadMark.objects.bulk_create(ReadMark(member=author, topic=topic, last_read_post_id=0) for topic in topics)
    Statement.objects.bulk_create(
        Statement(title=f"Statement {size}-{n}", stance="do", theme="style", explanation="Why.") for n in range(size)
    )
    workshops = Workshop.objects.bulk_create(
        Workshop(question=f"Workshop {size}-{n}?", closes_at=now + datetime.timedelta(days=3), created_by=champion)
        for n in range(size)
    )
    statements = WorkshopStatement.objects.bulk_create(
        WorkshopStatement(workshop=workshop, text="Reply within a day", author=champion) for workshop in workshops
    )
    Placing.objects.bulk_create(
        Placing(statement=statement, member=author, position=1) for statement in statements[: size // 2]
    )
    account = OfficialAccountFactory(status=OfficialAccount.Status.ACTIVE)
    FeedItem.objects.bulk_create(
        FeedItem(
            account=account, key=f"{size}-{n}", link=f"https://example.org/{size}/{n}", title="News", published_at=now
        )
        for n in range(size)
    )
    applicant = MemberFactory()
    Application.objects.bulk_create(
        ApplicationFactory.build(applicant=applicant, submitted_at=now) for _ in range(size)
    )
    SocialSite.objects.bulk_create(
        SocialSite(
            name=f"Site {size}-{n}",
            category="social",
            access_list="basic",
            rationale="Why.",
            review_on=timezone.localdate() - datetime.timedelta(days=n + 1),
        )
        for n in range(size)
    )


@pytest.mark.parametrize("role", ROLES)
def test_the_home_page_costs_the_same_queries_with_a_little_data_as_with_a_lot(client, request, role):
    viewer = request.getfixturevalue(role)
    champion = request.getfixturevalue("champion") if role != "champion" else viewer
    author = MemberFactory()
    _seed(2, author=author, champion=champion)
    client.force_login(viewer)
    client.get("/")  # the session, the viewer's facts and the shared panels are in the cache
    small = _queries(client)
    _seed(300, author=author, champion=champion)
    # New statements and feed items arrive through receivers and services, which forget the shared panels:
    # bulk inserts do not, so the cache is warmed again as the next visitor would.
    client.get("/")
    large = _queries(client)
    assert large == small <= BUDGET[role]


def _page(client, member) -> str:
    client.force_login(member)
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_member_sees_each_panel_under_its_own_heading(client, basic_member):
    html = _page(client, basic_member)
    for heading in ["Your next step", "Latest in the forum", "New best practice", "Workshops waiting for your view"]:
        assert f">{heading}</h2>" in html
    assert ">Latest from our official accounts</h2>" in html
    assert 'aria-labelledby="home-next-step"' in html and 'id="home-next-step"' in html
    assert 'href="/my-path/"' in html
    assert "Waiting for you" not in html


def test_the_next_step_is_the_first_one_not_done_with_the_progress(client, basic_member):
    html = _page(client, basic_member)
    assert "Your level: <strong>Basic</strong>" in html
    assert "Progress through the three levels: 0%" in html
    assert 'class="pw-home-step"' in html


def test_latest_topics_keep_to_readable_categories_and_mark_unread(client, basic_member):
    everyone = enthusiasts()
    read = TopicFactory(category=everyone, title="Already read")
    TopicFactory(category=everyone, title="Not read yet")
    TopicFactory(category=champions_only(), title="Champions only plan")
    mark_read(member=basic_member, topic=read)
    html = _page(client, basic_member)
    assert "Not read yet" in html and "Already read" in html
    assert "Champions only plan" not in html
    unread_at = html.index("Not read yet")
    assert "Unread</strong>" in html[unread_at : unread_at + 300]
    read_at = html.index("Already read")
    assert "Unread</strong>" not in html[read_at : read_at + 300]


def test_open_workshops_are_listed_until_the_member_places(client, basic_member, champion):
    now = timezone.now()
    workshop = Workshop.objects.create(
        question="Should we reply at weekends?", closes_at=now + datetime.timedelta(days=2), created_by=champion
    )
    Workshop.objects.create(
        question="A closed one?", closes_at=now + datetime.timedelta(days=2), closed_at=now, created_by=champion
    )
    assert "Should we reply at weekends?" in _page(client, basic_member)
    statement = WorkshopStatement.objects.create(workshop=workshop, text="Yes", author=champion)
    Placing.objects.create(statement=statement, member=basic_member, position=2)
    html = _page(client, basic_member)
    assert "Should we reply at weekends?" not in html and "A closed one?" not in html


def test_new_statements_are_shared_and_made_again_when_one_is_published(client, basic_member, corporate_member):
    assert "Reply within a working day" not in _page(client, basic_member)
    Statement.objects.create(title="Reply within a working day", stance="do", theme="style", explanation="Why.")
    assert "Reply within a working day" in _page(client, basic_member)
    draft = Statement.objects.create(
        title="A draft", stance="do", theme="style", explanation="Why.", status=Statement.Status.DRAFT
    )
    assert draft.title not in _page(client, corporate_member)


def test_the_hub_panel_is_made_again_when_an_account_changes(client, basic_member):
    account = OfficialAccountFactory(status=OfficialAccount.Status.ACTIVE, name="Parks on Mastodon")
    FeedItem.objects.create(
        account=account, key="1", link="https://example.org/1", title="Park news", published_at=timezone.now()
    )
    html = _page(client, basic_member)
    assert "Park news" in html
    account.status = OfficialAccount.Status.SUSPENDED
    account.save()
    assert "Park news" not in _page(client, basic_member)


def test_a_removed_hub_post_leaves_the_home_page_at_once(client, basic_member):
    account = OfficialAccountFactory(status=OfficialAccount.Status.ACTIVE, name="Parks on Mastodon")
    item = FeedItem.objects.create(
        account=account, key="1", link="https://example.org/1", title="Park news", published_at=timezone.now()
    )
    assert "Park news" in _page(client, basic_member)
    item.delete()
    assert "Park news" not in _page(client, basic_member)


@pytest.mark.parametrize(
    ("role", "queue", "not_queues"),
    [
        ("champion", "Forum moderation", ["Account applications", "Site reviews"]),
        ("coordinator", "Account applications", ["Forum moderation", "Site reviews"]),
        ("tech_support", "Site reviews", ["Forum moderation", "Account applications"]),
        ("basic_member", None, ["Forum moderation", "Account applications", "Site reviews"]),
        ("corporate_member", None, ["Forum moderation", "Account applications", "Site reviews"]),
        ("account_manager", None, ["Forum moderation", "Account applications", "Site reviews"]),
    ],
)
def test_role_holders_see_their_own_queue_first_and_nobody_elses(client, request, role, queue, not_queues):
    ApplicationFactory(name="Parks on Threads", submitted_at=timezone.now())
    SocialSite.objects.create(
        name="Old forum",
        category="forum",
        access_list="basic",
        rationale="Why.",
        review_on=timezone.localdate() - datetime.timedelta(days=10),
    )
    topic = TopicFactory(category=enthusiasts(), title="A flagged one")
    Post.objects.filter(topic=topic).update(open_flag_count=2, last_flagged_at=timezone.now())
    html = _page(client, request.getfixturevalue(role))
    for other in not_queues:
        assert f">{other}</h2>" not in html
    assert ("Parks on Threads" in html) is (role == "coordinator")
    assert ("Old forum" in html) is (role == "tech_support")
    if queue:
        assert f">{queue}</h2>" in html
        assert html.index(f">{queue}</h2>") < html.index(">Your next step</h2>")
        assert "Waiting for you" in html


def test_a_champion_sees_counts_of_flagged_and_held_posts(client, champion):
    topic = TopicFactory(category=enthusiasts(), title="A flagged one")
    Post.objects.filter(topic=topic).update(open_flag_count=2, last_flagged_at=timezone.now())
    html = _page(client, champion)
    assert "1 flagged post</a>" in html
    assert "0 posts held for approval</a>" in html
    assert "A post in “A flagged one”" in html


def test_visitors_who_are_not_signed_in_get_no_panels(client):
    html = client.get("/").content.decode()
    assert "pw-home-panel" not in html and "Sign in" in html


def test_a_shared_panel_is_made_again_after_its_change_commits(django_capture_on_commit_callbacks):
    assert shared_fragment("race", audience="members", render=lambda: "old") == "old"
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        forget_shared("race")
        # A view that cannot see the uncommitted change yet renders the old markup under the new generation.
        shared_fragment("race", audience="members", render=lambda: "old")
    assert shared_fragment("race", audience="members", render=lambda: "new") == "new"
