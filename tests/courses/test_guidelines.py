"""Guideline versions, acknowledgements against the revision seen, and major revisions."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from community.levels import Level
from community.refusals import Refused
from courses.models import GuidelineAcknowledgement, GuidelinePage, GuidelineVersion
from courses.selectors import guideline_status, guidelines_for_level
from courses.services import acknowledge_guideline
from tests.community.mfa_helpers import sign_in_with_totp
from tests.conftest import ROLE_NAMES
from tests.courses.conftest import publish

pytestmark = pytest.mark.django_db


def acknowledge_url(guideline):
    return reverse("courses:acknowledge_guideline", args=[guideline.pk])


def latest_version(guideline):
    return GuidelineVersion.objects.filter(guideline=guideline).order_by("-pk").first()


def revise(guideline, *, version: str, major: bool):
    guideline = GuidelinePage.objects.get(pk=guideline.pk)
    guideline.version = version
    guideline.major_revision = major
    publish(guideline)
    return GuidelinePage.objects.get(pk=guideline.pk)


def test_each_publication_is_a_version_and_the_first_is_major(make_guideline):
    guideline = make_guideline(title="Personal use", version="1.0")
    version = latest_version(guideline)
    assert version.major and version.version == "1.0"
    assert version.revision_id == guideline.live_revision_id


def test_acknowledgement_is_stored_against_the_revision_seen(basic_member, make_guideline):
    guideline = make_guideline(title="Personal use")
    version = latest_version(guideline)
    acknowledgement = acknowledge_guideline(member=basic_member, guideline=guideline, version_id=version.pk)
    assert acknowledgement.version.revision_id == guideline.live_revision_id
    assert guideline_status(member=basic_member, guideline=guideline).acknowledged


def test_minor_revision_keeps_acknowledgements(basic_member, make_guideline):
    guideline = make_guideline(title="Personal use")
    acknowledge_guideline(member=basic_member, guideline=guideline, version_id=latest_version(guideline).pk)
    guideline = revise(guideline, version="1.1", major=False)
    assert not latest_version(guideline).major
    assert guideline_status(member=basic_member, guideline=guideline).acknowledged


def test_major_revision_asks_everyone_to_acknowledge_again(basic_member, make_guideline):
    guideline = make_guideline(title="Personal use")
    acknowledge_guideline(member=basic_member, guideline=guideline, version_id=latest_version(guideline).pk)
    guideline = revise(guideline, version="2.0", major=True)
    status = guideline_status(member=basic_member, guideline=guideline)
    assert status.outstanding and not status.acknowledged
    assert [summary.outstanding for summary in guidelines_for_level(member=basic_member, level=Level.BASIC)] == [True]
    # The tick is cleared after publishing, so the next edit starts unticked.
    assert guideline.major_revision is False
    assert guideline.get_latest_revision_as_object().major_revision is False
    # Acknowledging the old version now is refused; the new one is accepted.
    old = GuidelineVersion.objects.filter(guideline=guideline).order_by("pk").first()
    with pytest.raises(Refused, match="changed while you were reading"):
        acknowledge_guideline(member=basic_member, guideline=guideline, version_id=old.pk)
    acknowledge_guideline(member=basic_member, guideline=guideline, version_id=latest_version(guideline).pk)
    assert guideline_status(member=basic_member, guideline=guideline).acknowledged
    assert GuidelineAcknowledgement.objects.filter(member=basic_member).count() == 2


def test_a_minor_revision_after_a_major_one_does_not_reset(basic_member, make_guideline):
    guideline = make_guideline(title="Personal use")
    guideline = revise(guideline, version="2.0", major=True)
    acknowledge_guideline(member=basic_member, guideline=guideline, version_id=latest_version(guideline).pk)
    guideline = revise(guideline, version="2.1", major=False)
    assert guideline_status(member=basic_member, guideline=guideline).acknowledged


def test_unknown_version_is_refused(basic_member, make_guideline):
    guideline = make_guideline(title="Personal use")
    other = make_guideline(title="Representing us")
    with pytest.raises(Refused, match="not found"):
        acknowledge_guideline(member=basic_member, guideline=guideline, version_id=latest_version(other).pk)


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_acknowledging_by_level(role, client_for_role, member_for_role, make_guideline):
    basic = make_guideline(title="Personal use", audience=Level.BASIC)
    managers = make_guideline(title="Running an account", audience=Level.ACCOUNT_MANAGER)
    client = client_for_role(role)
    response = client.post(acknowledge_url(basic), {"version": latest_version(basic).pk})
    assert response.status_code == 302
    if role == "anonymous":
        assert not GuidelineAcknowledgement.objects.exists()
        return
    member = member_for_role(role)
    assert GuidelineAcknowledgement.objects.filter(member=member).count() == 1
    # Only account managers acknowledge the account managers' guidelines.
    response = client.post(acknowledge_url(managers), {"version": latest_version(managers).pk})
    assert response.status_code == (302 if role == "manager" else 403)
    expected = 2 if role == "manager" else 1
    assert GuidelineAcknowledgement.objects.filter(member=member).count() == expected


def test_double_post_stores_one_acknowledgement(client, basic_member, make_guideline):
    guideline = make_guideline(title="Personal use")
    client.force_login(basic_member)
    data = {"version": latest_version(guideline).pk}
    client.post(acknowledge_url(guideline), data)
    client.post(acknowledge_url(guideline), data)
    assert GuidelineAcknowledgement.objects.filter(member=basic_member).count() == 1


def test_bad_input_gets_a_clear_answer(client, basic_member, make_guideline):
    guideline = make_guideline(title="Personal use")
    client.force_login(basic_member)
    response = client.post(acknowledge_url(guideline), {"version": "not a number"})
    assert response.status_code == 400 and "could not record" in response.content.decode()
    assert client.post(reverse("courses:acknowledge_guideline", args=[999999]), {"version": 1}).status_code == 404
    assert client.get(acknowledge_url(guideline)).status_code == 405
    assert not GuidelineAcknowledgement.objects.exists()


def test_stale_version_sends_the_member_back_to_read_again(client, basic_member, make_guideline):
    guideline = make_guideline(title="Personal use")
    old_version = latest_version(guideline).pk
    revise(guideline, version="2.0", major=True)
    client.force_login(basic_member)
    response = client.post(acknowledge_url(guideline), {"version": old_version}, follow=True)
    assert "changed while you were reading" in response.content.decode()
    assert not GuidelineAcknowledgement.objects.exists()


def test_unpublished_guideline_cannot_be_acknowledged(client, basic_member, make_guideline):
    guideline = make_guideline(title="Personal use")
    version = latest_version(guideline).pk
    guideline.unpublish()
    client.force_login(basic_member)
    assert client.post(acknowledge_url(guideline), {"version": version}).status_code == 404


def test_guideline_page_shows_the_form_then_the_acknowledgement(client, basic_member, make_guideline):
    guideline = make_guideline(title="Personal use", version="3.2")
    client.force_login(basic_member)
    page = client.get(guideline.url).content.decode()
    assert "I have read and will follow these guidelines" in page
    assert f'name="version" value="{latest_version(guideline).pk}"' in page
    client.post(acknowledge_url(guideline), {"version": latest_version(guideline).pk})
    page = client.get(guideline.url).content.decode()
    assert "You acknowledged version 3.2 on" in page


def test_guideline_index_shows_status_by_level(client, basic_member, make_guideline, guideline_index):
    make_guideline(title="Personal use", audience=Level.BASIC)
    make_guideline(title="Running an account", audience=Level.ACCOUNT_MANAGER)
    client.force_login(basic_member)
    page = client.get(guideline_index.url).content.decode()
    assert "To acknowledge" in page and "Not needed at your level" in page


def test_a_major_revision_needs_a_new_version_number(make_guideline):
    guideline = make_guideline(title="Personal use", version="1.0")
    guideline.major_revision = True
    with pytest.raises(ValidationError) as error:
        guideline.full_clean()
    assert "needs a new version number" in str(error.value.message_dict["version"])
    guideline.version = "2.0"
    guideline.full_clean()


def test_champion_marks_a_major_revision_in_the_admin(client, champion, basic_member, make_guideline):
    guideline = make_guideline(title="Personal use", version="1.0")
    acknowledge_guideline(member=basic_member, guideline=guideline, version_id=latest_version(guideline).pk)
    sign_in_with_totp(client, champion)
    form = nested_form_data(
        {
            "title": "Personal use",
            "slug": guideline.slug,
            "audience": "1",
            "version": "2.0",
            "summary": "",
            "body": streamfield([("paragraph", rich_text("<p>New rules about live streaming.</p>"))]),
            "major_revision": "on",
            "action-publish": "action-publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[guideline.pk]), form)
    assert response.status_code == 302
    guideline.refresh_from_db()
    assert latest_version(guideline).major and latest_version(guideline).version == "2.0"
    assert guideline_status(member=basic_member, guideline=guideline).outstanding
