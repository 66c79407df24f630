"""The subject access export: complete, holding no other member's data, behind a link that expires."""

import time
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.urls import reverse

from community.personal_data import providers
from community.privacy.models import DataExport, ErasureLog
from tests.privacy.helpers import a_story, link_in_last_email, unzip


@pytest.fixture
def story(db):
    return a_story()


def _ask(client, member):
    client.force_login(member)
    return client.post(reverse("privacy:request_export"))


def test_a_member_asks_from_their_account_page_and_is_emailed_a_link(client, story):
    account_page = (client.force_login(story.member), client.get(reverse("home:account")))[1]
    assert reverse("privacy:request_export") in account_page.content.decode()
    response = _ask(client, story.member)
    assert response.status_code == 302
    assert mail.outbox[-1].to == [story.member.email]
    export = DataExport.objects.get(member=story.member)
    assert export.status == DataExport.Status.READY
    assert ErasureLog.objects.filter(member=story.member, action=ErasureLog.Action.EXPORTED).count() == 1


def test_the_export_is_complete_and_readable(client, story):
    _ask(client, story.member)
    response = client.get(urlparse(link_in_last_email()).path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    data, html = unzip(response)
    sections = {section["key"]: section["tables"] for section in data["sections"]}
    assert set(sections) == {provider.key for provider in providers()}
    assert sections["account"]["member"][0]["email"] == "leaver@example.org"
    assert [row["topic__title"] for row in sections["forum"]["posts"]] == ["How do we reply to complaints?"]
    assert sections["licences"]["licences"][0]["verification_code"] == story.licence.verification_code
    assert sections["registers"]["accounts_managed"][0]["handle"] == story.account.handle
    assert sections["incidents"]["incidents_reported"][0]["summary"] == "A reply went to the wrong person"
    assert sections["notifications"]["notifications"][0]["message"] == "Otto Herr replied"
    assert "My own words here" in html and "Your data from Postwise" in html


def test_the_export_holds_no_other_members_personal_data(client, story):
    """A reply to you carries the other member's words and name, never their email address."""
    _ask(client, story.member)
    data, html = unzip(client.get(urlparse(link_in_last_email()).path))
    replies = {s["key"]: s["tables"] for s in data["sections"]}["forum"]["replies_in_your_topics"]
    assert replies == [
        {
            "topic": "How do we reply to complaints?",
            "author": "Otto Herr",
            "body": "Otto's reply words",
            "created_at": story.reply.created_at.isoformat(),
        }
    ]
    everything = str(data) + html
    assert "other-person@example.org" not in everything
    assert "Lee replied" not in everything  # the other member's own notification


def test_someone_else_cannot_download_it(client, story):
    _ask(client, story.member)
    path = urlparse(link_in_last_email()).path
    client.force_login(story.other)
    assert client.get(path).status_code == 404
    client.logout()
    assert client.get(path).status_code == 302  # to sign in


def test_the_link_expires_after_seven_days(client, story, monkeypatch):
    _ask(client, story.member)
    path = urlparse(link_in_last_email()).path
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 6 * 24 * 3600)
    assert client.get(path).status_code == 200
    monkeypatch.setattr(time, "time", lambda: now + 7 * 24 * 3600 + 60)
    assert client.get(path).status_code == 404


def test_a_tampered_link_is_refused(client, story):
    _ask(client, story.member)
    path = urlparse(link_in_last_email()).path
    assert client.get(path.replace("/download/", "/download/x")).status_code == 404


def test_asking_twice_while_one_is_being_prepared_gives_a_message(client, story, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    _ask(client, story.member)
    response = client.post(reverse("privacy:request_export"), follow=True)
    assert "already being prepared" in response.content.decode()
    assert DataExport.objects.filter(member=story.member).count() == 1


def test_a_data_protection_officer_produces_anyones_export(client, story, dpo):
    client.force_login(dpo)
    response = client.post(reverse("privacy:export_for", args=[story.member.pk]))
    assert response.status_code == 302
    assert mail.outbox[-1].to == [dpo.email]
    data, _ = unzip(client.get(urlparse(link_in_last_email()).path))
    assert data["member_number"] == story.member.pk


def test_a_member_cannot_produce_someone_elses(client, story):
    client.force_login(story.other)
    assert client.post(reverse("privacy:export_for", args=[story.member.pk])).status_code == 404
    assert not DataExport.objects.exists()


def test_a_member_may_ask_three_times_a_day(client, story):
    for _ in range(3):
        _ask(client, story.member)
    response = client.post(reverse("privacy:request_export"), follow=True)
    assert "3 times a day" in response.content.decode()
    assert DataExport.objects.filter(member=story.member).count() == 3
