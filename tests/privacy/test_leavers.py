"""Leavers: closing an account stops sign-in at once; anonymising keeps what they did, under a new name."""

import datetime

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.factories import MemberFactory
from community.forum.models import Post, Topic, TopicWatch
from community.incidents.models import Incident
from community.models import OfficialAccount
from community.notifications.models import Notification
from community.privacy.models import Departure, ErasureLog
from community.privacy.services.leavers import anonymise, deactivate
from community.privacy.services.retention import apply_retention
from community.refusals import Refused
from community.registers.models import ManagerLapse
from community.registers.selectors import with_licence_facts
from community.roles import Role
from courses.licences.models import Licence
from tests.privacy.helpers import a_story


@pytest.fixture
def story(db):
    return a_story()


def _close(client, dpo, member, **fields):
    client.force_login(dpo)
    data = {"basis": "Left the organisation", **fields}
    return client.post(reverse("privacy:deactivate", args=[member.pk]), data)


def test_closing_an_account_ends_open_sessions_and_sign_in(client, story, dpo):
    leaver_browser = Client()
    leaver_browser.force_login(story.member)
    assert leaver_browser.get(reverse("home:account")).status_code == 200

    assert _close(client, dpo, story.member).status_code == 302

    story.member.refresh_from_db()
    assert not story.member.is_active
    assert not any(
        str(session.get_decoded().get("_auth_user_id")) == str(story.member.pk) for session in Session.objects.all()
    )
    assert leaver_browser.get(reverse("home:account"))["Location"].startswith("/accounts/login/")
    signing_in = Client().post(
        reverse("account_login"), {"login": "leaver@example.org", "password": "postwise-test-pass"}
    )
    assert "_auth_user_id" not in signing_in.wsgi_request.session


def test_closing_an_account_leaves_its_official_account_with_no_licensed_manager(client, story, dpo):
    coordinator = MemberFactory(roles=(Role.COORDINATOR,))
    _close(client, dpo, story.member)
    account = with_licence_facts(OfficialAccount.objects.filter(pk=story.account.pk)).get()
    assert account.has_licensed_manager is False
    assert ManagerLapse.objects.filter(account=story.account, member=story.member, resolved_on=None).count() == 1
    told = Notification.objects.get(recipient=coordinator, kind=Notification.Kind.ACCOUNT_LAPSE)
    assert "has left the organisation" in told.message
    # Closing again (a directory may send it twice) tells no one twice.
    deactivate(member=story.member, by=dpo, basis="Left the organisation")
    assert Notification.objects.filter(recipient=coordinator).count() == 1


def test_closing_is_logged_without_content(client, story, dpo):
    _close(client, dpo, story.member)
    entry = ErasureLog.objects.get(action=ErasureLog.Action.DEACTIVATED)
    assert (entry.member, entry.by, entry.basis) == (story.member, dpo, "Left the organisation")
    assert Departure.objects.get(member=story.member).anonymise_on == timezone.localdate() + datetime.timedelta(90)


def test_anonymising_removes_who_they_were_and_keeps_what_they_did(client, story, dpo):
    Authenticator.objects.create(user=story.member, type=Authenticator.Type.TOTP, data={})
    _close(client, dpo, story.member, anonymise_now="on")

    member = story.member
    member.refresh_from_db()
    assert member.get_full_name() == f"Former member {member.pk}"
    assert "leaver" not in member.email and member.department == "" and not member.has_usable_password()
    assert not EmailAddress.objects.filter(user=member).exists()
    assert not Authenticator.objects.filter(user=member).exists()
    assert not TopicWatch.objects.filter(member=member).exists()
    assert not Notification.objects.filter(recipient=member).exists()
    # What they did stays, under the new name.
    assert Licence.objects.get(pk=story.licence.pk).holder == member
    assert Incident.objects.get(pk=story.incident.pk).reported_by == member
    assert Post.objects.get(topic=story.topic, is_opening=True).body == "My own words here"
    entry = ErasureLog.objects.get(action=ErasureLog.Action.ANONYMISED)
    assert "leaver" not in str(entry.__dict__) and "Lee" not in str(entry.__dict__)


def test_the_forum_still_reads_and_words_go_only_when_the_officer_chooses(client, story, dpo):
    _close(client, dpo, story.member, anonymise_now="on", remove_words="on")
    opening = Post.objects.get(topic=story.topic, is_opening=True)
    assert "My own words" not in opening.body + opening.body_html
    assert "Removed at the request" in opening.body
    assert Post.objects.get(pk=story.reply.pk).body == "Otto's reply words"
    assert "My own words" not in Topic.objects.get(pk=story.topic.pk).opening_text

    client.force_login(story.other)
    page = client.get(reverse("forum:topic", args=[story.topic.pk])).content.decode()
    assert "How do we reply to complaints?" in page
    assert f"Former member {story.member.pk}" in page
    assert "Otto&#x27;s reply words" in page or "Otto's reply words" in page
    assert "Lee Vere" not in page


def test_leavers_are_anonymised_once_their_period_runs_out(client, story, dpo):
    _close(client, dpo, story.member)
    now = timezone.now()
    assert apply_retention(now=now + datetime.timedelta(days=89))["leavers_anonymised"] == 0
    assert apply_retention(now=now + datetime.timedelta(days=91))["leavers_anonymised"] == 1
    assert apply_retention(now=now + datetime.timedelta(days=92))["leavers_anonymised"] == 0
    story.member.refresh_from_db()
    assert story.member.first_name == "Former member"
    assert ErasureLog.objects.filter(action=ErasureLog.Action.ANONYMISED, by=None).count() == 1


def test_anonymising_twice_changes_nothing(story, dpo):
    deactivate(member=story.member, by=dpo, basis="Left the organisation", anonymise_now=True)
    assert anonymise(member=story.member, by=dpo, basis="again") is False
    assert ErasureLog.objects.filter(action=ErasureLog.Action.ANONYMISED).count() == 1


def test_an_officer_cannot_close_their_own_account(story, dpo):
    with pytest.raises(Refused):
        deactivate(member=dpo, by=dpo, basis="Left the organisation")


def test_a_missing_basis_is_shown_beside_the_field(client, story, dpo):
    client.force_login(dpo)
    response = client.post(reverse("privacy:deactivate", args=[story.member.pk]), {})
    assert response.status_code == 400
    assert "govuk-error-message" in response.content.decode()
    story.member.refresh_from_db()
    assert story.member.is_active


def test_only_an_officer_reaches_the_members_pages(client, story, champion):
    client.force_login(champion)
    assert client.get(reverse("privacy:member", args=[story.member.pk])).status_code == 404
    assert (
        client.post(reverse("privacy:deactivate", args=[story.member.pk]), {"basis": "No longer needed"}).status_code
        == 404
    )
    story.member.refresh_from_db()
    assert story.member.is_active


def test_an_officer_finds_a_member_by_email(client, story, dpo):
    client.force_login(dpo)
    response = client.get(reverse("privacy:members"), {"email": "LEAVER@example.org"})
    assert response["Location"] == reverse("privacy:member", args=[story.member.pk])
    page = client.get(response["Location"]).content.decode()
    assert "Close the account" in page
    missing = client.get(reverse("privacy:members"), {"email": "nobody@example.org"})
    assert "No member has that email address" in missing.content.decode()


def test_officers_read_the_erasure_log_in_the_admin(dpo):
    assert dpo.has_perm("privacy.view_erasurelog")
    assert not dpo.has_perm("privacy.change_erasurelog")


def test_the_officers_page_is_a_fixed_number_of_queries(client, story, dpo):
    client.force_login(dpo)
    address = reverse("privacy:member", args=[story.member.pk])
    client.get(address)  # the first request fills the site's caches
    counts = []
    for _ in range(2):
        for _ in range(15):
            ErasureLog.objects.create(
                action=ErasureLog.Action.EXPORTED, member=story.member, member_number=story.member.pk, by=dpo, basis="x"
            )
        with CaptureQueriesContext(connection) as queries:
            assert client.get(address).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 20


def test_the_privacy_notice_is_a_fixed_number_of_queries(client, db, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        assert client.get(reverse("privacy:notice")).status_code == 200


def test_anonymising_deletes_the_leavers_photo(client, story, dpo, django_capture_on_commit_callbacks):
    member = story.member
    member.avatar.save("leaver.jpg", ContentFile(b"not shown"), save=True)
    name, storage = member.avatar.name, member.avatar.storage
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        _close(client, dpo, member, anonymise_now="on")
    member.refresh_from_db()
    assert member.avatar.name == "" and not storage.exists(name)
