"""Issue 20, item 7: held posts are no longer silent. The author is told plainly when a post is held and
again (in the site and by email) when it is approved or rejected, with the reason; moderators see the
number waiting in the navigation; licence holders, such as the demo's, are not held."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from community.factories import MemberFactory
from community.forum.factories import TopicFactory, enthusiasts
from community.forum.models import Category, Post
from community.forum.services.posting import reply
from community.models import Member
from community.notifications.models import EmailPreference, Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def held_category():
    return enthusiasts(requires_approval=True)


@pytest.fixture
def topic(held_category, champion):
    return TopicFactory(category=held_category, author=champion, title="Bin collection posts")


def _held_reply(author, topic, body="My first reply here.") -> Post:
    post = reply(author=author, topic=topic, body=body)
    assert post.status == Post.Status.PENDING
    return post


def test_the_author_is_told_plainly_that_the_post_is_held(client, basic_member, topic):
    client.force_login(basic_member)
    response = client.post(
        reverse("forum:reply", args=[topic.pk]), {"body": "My first reply here.", "submission_key": ""}, follow=True
    )
    html = response.content.decode()
    assert Post.objects.get(author=basic_member).status == Post.Status.PENDING
    assert "Your reply is held for a moderator to check" in html
    assert "only you and the moderators can see it" in html
    assert "in your notifications and by email when it is approved or rejected" in html


def test_approval_tells_the_author_in_the_site_and_by_email(client, basic_member, champion, topic):
    post = _held_reply(basic_member, topic)
    mail.outbox.clear()
    client.force_login(champion)
    client.post(reverse("forum:moderate_post", args=[post.pk, "approve"]), {"next": "queue"})
    notification = Notification.objects.get(recipient=basic_member, kind=Notification.Kind.POST_APPROVED)
    assert "approved your reply in “Bin collection posts”" in notification.message
    (email,) = [message for message in mail.outbox if message.to == [basic_member.email]]
    assert "approved your reply" in email.body
    assert post.get_absolute_url() in email.body

    client.force_login(basic_member)
    assert "approved your reply" in client.get(reverse("notifications:list")).content.decode()


def test_rejection_tells_the_author_the_reason_in_the_site_and_by_email(client, basic_member, champion, topic):
    post = _held_reply(basic_member, topic)
    mail.outbox.clear()
    client.force_login(champion)
    client.post(
        reverse("forum:moderate_post", args=[post.pk, "reject"]),
        {"next": "queue", "reason": "Please take out the resident's address."},
    )
    post.refresh_from_db()
    assert post.status == Post.Status.REJECTED
    notification = Notification.objects.get(recipient=basic_member, kind=Notification.Kind.POST_REJECTED)
    assert "Please take out the resident's address." in notification.message
    (email,) = mail.outbox
    assert email.to == [basic_member.email]
    assert "Please take out the resident's address." in email.body

    client.force_login(basic_member)
    page = client.get(reverse("notifications:list")).content.decode()
    assert "Please take out the resident&#x27;s address." in page
    opened = client.post(reverse("notifications:open", args=[notification.pk]))
    assert opened.status_code == 302 and opened["Location"] == topic.get_absolute_url()


def test_a_rejection_needs_a_reason_and_nothing_changes_without_one(client, basic_member, champion, topic):
    post = _held_reply(basic_member, topic)
    client.force_login(champion)
    response = client.post(
        reverse("forum:moderate_post", args=[post.pk, "reject"]), {"next": "queue", "reason": "  "}, follow=True
    )
    assert "Give a reason for rejecting the post" in response.content.decode()
    post.refresh_from_db()
    assert post.status == Post.Status.PENDING
    assert not Notification.objects.filter(recipient=basic_member).exists()


def test_an_author_who_turned_emails_off_is_told_in_the_site_only(client, basic_member, champion, topic):
    EmailPreference.objects.create(member=basic_member, frequency=EmailPreference.Frequency.NEVER)
    post = _held_reply(basic_member, topic)
    mail.outbox.clear()
    client.force_login(champion)
    client.post(reverse("forum:moderate_post", args=[post.pk, "approve"]))
    assert Notification.objects.filter(recipient=basic_member, kind=Notification.Kind.POST_APPROVED).exists()
    assert not [message for message in mail.outbox if message.to == [basic_member.email]]


def test_moderators_see_the_number_waiting_in_the_navigation(client, basic_member, champion, corporate_member, topic):
    first = _held_reply(basic_member, topic)
    _held_reply(MemberFactory(), topic)
    client.force_login(champion)
    html = client.get(reverse("home:my_path")).content.decode()
    assert 'href="/forum/moderation/"' in html
    assert '2<span class="govuk-visually-hidden"> waiting for approval</span>' in html
    client.post(reverse("forum:moderate_post", args=[first.pk, "approve"]))
    html = client.get(reverse("home:my_path")).content.decode()
    assert '1<span class="govuk-visually-hidden"> waiting for approval</span>' in html
    # Members who do not moderate see neither the link nor the count.
    client.force_login(corporate_member)
    html = client.get(reverse("home:my_path")).content.decode()
    assert "/forum/moderation/" not in html and "waiting for approval" not in html


def _queries_for_a_page(client, django_assert_max_num_queries) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("home:my_path")).status_code == 200
    return len(captured)


def test_the_waiting_count_costs_no_query_per_page_and_does_not_grow(
    client, champion, topic, django_assert_max_num_queries
):
    for _ in range(3):
        _held_reply(MemberFactory(), topic)
    client.force_login(champion)
    client.get(reverse("home:my_path"))  # warms the count
    few = _queries_for_a_page(client, django_assert_max_num_queries)
    for _ in range(20):
        _held_reply(MemberFactory(), topic)
    client.get(reverse("home:my_path"))
    many = _queries_for_a_page(client, django_assert_max_num_queries)
    assert many == few
    html = client.get(reverse("home:my_path")).content.decode()
    assert '23<span class="govuk-visually-hidden"> waiting for approval</span>' in html


def test_licence_holders_are_not_held(corporate_member, account_manager, basic_member, topic):
    for member in (corporate_member, account_manager):
        assert reply(author=member, topic=topic, body="Sharing what worked for us.").status == Post.Status.PUBLISHED
    assert reply(author=basic_member, topic=topic, body="Hello").status == Post.Status.PENDING


def test_demo_licence_holders_are_not_held_in_the_demo_forum():
    call_command("load_demo_content", stdout=StringIO())
    category = Category.objects.get(slug="enthusiasts")
    assert category.requires_approval
    topic = category.topics.first()
    for email in ("corporate@example.org", "manager@example.org"):
        member = Member.objects.get(email=email)
        post = reply(author=member, topic=topic, body="A reply from the demo.")
        assert post.status == Post.Status.PUBLISHED, email
