"""The daily retention job deletes only what is past its period, and is safe to run twice."""

import datetime
import io

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from community.factories import MemberFactory
from community.forum import factories as forum
from community.forum.markdown import render_markdown
from community.forum.models import Post, Topic
from community.notifications.models import Notification
from community.privacy.models import ErasureLog, RetentionSettings
from community.privacy.services.retention import apply_retention
from courses.quizzes.factories import QuestionFactory, QuestionPoolFactory, QuizPageFactory, add_draw
from courses.quizzes.models import QuizAttempt
from courses.quizzes.services import start_attempt

NOW = timezone.now()


def _ago(days: int) -> datetime.datetime:
    return NOW - datetime.timedelta(days=days)


@pytest.fixture
def periods(db):
    settings = RetentionSettings.load()
    settings.quiz_attempts_days = 100
    settings.notifications_days = 30
    settings.rejected_posts_days = 10
    settings.sessions_days = 5
    settings.logs_days = 50
    settings.save()
    return settings


def _attempts(member):
    pool = QuestionPoolFactory()
    QuestionFactory.create_batch(2, pool=pool)
    quiz = QuizPageFactory()
    add_draw(quiz=quiz, pool=pool, count=2)
    old = start_attempt(member=member, quiz=quiz, now=NOW)
    QuizAttempt.objects.filter(pk=old.pk).update(started_at=_ago(101), status=QuizAttempt.Status.SUBMITTED)
    QuizAttempt.objects.filter(pk=old.pk).update(submitted_at=_ago(101))
    new = start_attempt(member=member, quiz=quiz, now=NOW)
    return old, new


def _rejected(member, *, days: int, opening: bool):
    topic = forum.TopicFactory(author=member, created_at=_ago(days))
    if opening:
        Post.objects.filter(topic=topic).update(status=Post.Status.REJECTED)
        Topic.objects.filter(pk=topic.pk).update(is_hidden=True)
        return topic
    return Post.objects.create(
        topic=topic, author=member, body="held", body_html=render_markdown("held"), status=Post.Status.REJECTED,
        created_at=_ago(days),
    )  # fmt: skip


def _session(days_expired: int) -> str:
    store = SessionStore()
    store.create()
    Session.objects.filter(pk=store.session_key).update(expire_date=_ago(days_expired))
    return store.session_key


def test_each_kind_is_deleted_only_past_its_period_and_a_second_run_deletes_nothing(periods):
    member = MemberFactory()
    old_attempt, new_attempt = _attempts(member)
    old_note = Notification.objects.create(recipient=member, kind=Notification.Kind.REPLY, message="old")
    Notification.objects.filter(pk=old_note.pk).update(created_at=_ago(31))
    new_note = Notification.objects.create(recipient=member, kind=Notification.Kind.REPLY, message="new")
    old_reply, new_reply = _rejected(member, days=11, opening=False), _rejected(member, days=9, opening=False)
    old_topic, new_topic = _rejected(member, days=11, opening=True), _rejected(member, days=9, opening=True)
    published = forum.TopicFactory(author=member, created_at=_ago(400))
    old_session, new_session = _session(6), _session(4)
    old_log = LogEntry.objects.create(user=member, action_flag=ADDITION, object_repr="x", action_time=_ago(51))
    new_log = LogEntry.objects.create(user=member, action_flag=ADDITION, object_repr="y", action_time=_ago(49))

    first = apply_retention(now=NOW)
    assert first["quiz_attempts"] >= 1
    assert not QuizAttempt.objects.filter(pk=old_attempt.pk).exists()
    assert QuizAttempt.objects.filter(pk=new_attempt.pk).exists()
    assert list(Notification.objects.values_list("pk", flat=True)) == [new_note.pk]
    assert not Post.objects.filter(pk=old_reply.pk).exists() and Post.objects.filter(pk=new_reply.pk).exists()
    assert not Topic.objects.filter(pk=old_topic.pk).exists() and Topic.objects.filter(pk=new_topic.pk).exists()
    assert Topic.objects.filter(pk=published.pk).exists()
    assert set(Session.objects.values_list("pk", flat=True)) == {new_session}
    assert old_session not in set(Session.objects.values_list("pk", flat=True))
    assert set(LogEntry.objects.values_list("pk", flat=True)) == {new_log.pk}
    assert old_log.pk != new_log.pk
    assert ErasureLog.objects.filter(action=ErasureLog.Action.RETENTION).count() == 5

    second = apply_retention(now=NOW)
    assert set(second.values()) == {0}
    assert ErasureLog.objects.filter(action=ErasureLog.Action.RETENTION).count() == 5


def test_the_command_runs_the_job(periods):
    out = io.StringIO()
    call_command("apply_retention", stdout=out)
    assert "Retention applied" in out.getvalue()


def test_the_privacy_notice_is_made_from_the_providers_and_periods(client, periods):
    page = client.get(reverse("privacy:notice")).content.decode()
    for title in ("Your account and sign-in", "Forum", "Quiz attempts", "Licences", "Incidents"):
        assert title in page
    assert "100 days" in page  # quiz attempts
    assert "Deleted after 5 days: sessions" in page
    home = client.get("/accounts/login/").content.decode()
    assert reverse("privacy:notice") in home  # the footer links to it


def test_champions_may_set_the_periods(champion, periods):
    assert champion.has_perm("privacy.change_retentionsettings")
