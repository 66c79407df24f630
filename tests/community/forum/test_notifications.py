import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from community.forum.factories import TopicFactory, champions_only, enthusiasts
from community.forum.models import CategoryWatch
from community.forum.services.posting import reply, start_topic
from community.notifications.emails import unsubscribe_token
from community.notifications.models import EmailPreference, Notification
from community.notifications.selectors import unread_count
from tests.conftest import ROLE_NAMES


def test_watchers_get_in_site_notifications_with_unread_count(client, basic_member, corporate_member):
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Event ideas", body="Share yours")
    reply(author=corporate_member, topic=topic, body="We promoted the library fair with a countdown.")
    assert unread_count(member=basic_member) == 1
    client.force_login(basic_member)
    page = client.get(reverse("notifications:list")).content.decode()
    assert "Event ideas" in page and "1 unread notification" in page
    notification = Notification.objects.get(recipient=basic_member)
    response = client.post(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 302
    assert unread_count(member=basic_member) == 0


def test_the_header_shows_the_unread_count_on_every_page(client, basic_member, corporate_member):
    client.force_login(basic_member)
    assert "postwise-nav-count" not in client.get(reverse("home:my_path")).content.decode()
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Event ideas", body="Share yours")
    reply(author=corporate_member, topic=topic, body="Try a countdown.")
    reply(author=corporate_member, topic=topic, body="And a poll.")
    page = client.get(reverse("home:my_path")).content.decode()
    assert (
        '<strong class="govuk-tag govuk-tag--red postwise-nav-count">2<span class="govuk-visually-hidden"> unread'
        in page
    )


def test_category_watchers_hear_about_new_topics(basic_member, corporate_member):
    category = enthusiasts()
    CategoryWatch.objects.create(member=basic_member, category=category)
    start_topic(author=corporate_member, category=category, title="New thread", body="Hi")
    assert Notification.objects.get(recipient=basic_member).kind == Notification.Kind.NEW_TOPIC


def test_immediate_email_is_sent_once_with_unsubscribe_link(basic_member, corporate_member):
    EmailPreference.objects.create(member=basic_member, frequency=EmailPreference.Frequency.IMMEDIATE)
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Alerts", body="How?")
    reply(author=corporate_member, topic=topic, body="Keep them short.")
    assert len(mail.outbox) == 1
    assert "/notifications/unsubscribe/" in mail.outbox[0].body
    call_command("send_notification_digests", frequency="daily")
    assert len(mail.outbox) == 1


def test_daily_digest_is_sent_once(basic_member, corporate_member):
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Tone", body="Formal or not?")
    reply(author=corporate_member, topic=topic, body="Friendly but clear.")
    reply(author=corporate_member, topic=topic, body="And no jargon.")
    assert mail.outbox == []
    call_command("send_notification_digests", frequency="weekly")
    assert mail.outbox == []
    call_command("send_notification_digests", frequency="daily")
    assert len(mail.outbox) == 1
    assert "2 updates" in mail.outbox[0].subject
    assert "/notifications/unsubscribe/" in mail.outbox[0].body
    call_command("send_notification_digests", frequency="daily")
    assert len(mail.outbox) == 1


def test_no_email_about_a_topic_the_member_can_no_longer_read(basic_member, champion):
    category = champions_only()
    topic = TopicFactory(category=category, author=champion)
    # A notification made while they could read it (say, before a move) is not emailed now.
    Notification.objects.create(recipient=basic_member, kind="reply", topic=topic, post=topic.posts.get())
    call_command("send_notification_digests", frequency="daily")
    assert mail.outbox == []
    assert unread_count(member=basic_member) == 0


def test_unsubscribe_link_works_without_login_and_get_changes_nothing(client, basic_member):
    url = reverse("notifications:unsubscribe", args=[unsubscribe_token(basic_member)])
    assert client.get(url).status_code == 200
    assert not EmailPreference.objects.filter(member=basic_member).exists()
    client.post(url)
    assert EmailPreference.objects.get(member=basic_member).frequency == "never"
    bad = client.get(reverse("notifications:unsubscribe", args=["forged"]))
    assert bad.status_code == 400


def test_preferences_form(client, basic_member):
    client.force_login(basic_member)
    response = client.post(reverse("notifications:preferences"), {"frequency": "weekly"})
    assert response.status_code == 302
    assert EmailPreference.objects.get(member=basic_member).frequency == "weekly"
    response = client.post(reverse("notifications:preferences"), {})
    assert "Choose how often you want emails." in response.content.decode()


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_notification_pages_by_role(role, client_for_role):
    client = client_for_role(role)
    for name in ("notifications:list", "notifications:preferences"):
        response = client.get(reverse(name))
        assert response.status_code == (302 if role == "anonymous" else 200)


def test_opening_someone_elses_notification_is_404(client, basic_member, corporate_member):
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Mine", body="Hello")
    reply(author=corporate_member, topic=topic, body="Hi")
    notification = Notification.objects.get(recipient=basic_member)
    client.force_login(corporate_member)
    assert client.post(reverse("notifications:open", args=[notification.pk])).status_code == 404
    assert Notification.objects.get(pk=notification.pk).read_at is None


def test_accepted_answer_notifies_the_replier_once(client, basic_member, corporate_member):
    topic = start_topic(author=basic_member, category=enthusiasts(), title="Which hashtag?", body="For the fair")
    answer = reply(author=corporate_member, topic=topic, body="#LibraryFair2026")
    client.force_login(basic_member)
    client.post(reverse("forum:accept", args=[answer.pk]))
    client.post(reverse("forum:accept", args=[answer.pk]))
    accepted = Notification.objects.filter(recipient=corporate_member, kind=Notification.Kind.ACCEPTED)
    assert accepted.count() == 1 and accepted.get().post_id == answer.pk
