import datetime
import uuid

import pytest
from django.utils import timezone

from community.factories import MemberFactory
from community.submit_once import AlreadySubmitted, create_once, refuse_if_submitted
from community.workshops.models import Workshop

pytestmark = pytest.mark.django_db


def _message(workshop) -> str:
    return f"Already opened: {workshop.question}"


def _fields(champion) -> dict:
    closes_at = timezone.now() + datetime.timedelta(days=7)
    return {"question": "What should we post?", "themes": [], "closes_at": closes_at, "created_by": champion}


def test_a_race_lost_on_the_constraint_gives_the_first_row_not_an_error():
    champion = MemberFactory()
    key = uuid.uuid4()
    owned = Workshop.objects.filter(created_by=champion)
    # The other request got in between this one's check and its insert.
    first = Workshop.objects.create(submission_key=key, **_fields(champion))
    with pytest.raises(AlreadySubmitted) as repeat:
        create_once(owned, submission_key=key, message=_message, **_fields(champion))
    assert repeat.value.existing == first
    assert repeat.value.message == "Already opened: What should we post?"
    assert Workshop.objects.count() == 1


def test_keys_are_per_owner_and_no_key_means_no_check():
    champion, other = MemberFactory(), MemberFactory()
    key = uuid.uuid4()
    Workshop.objects.create(submission_key=key, **_fields(other))
    refuse_if_submitted(Workshop.objects.filter(created_by=champion), submission_key=key, message=_message)
    created = create_once(
        Workshop.objects.filter(created_by=champion), submission_key=key, message=_message, **_fields(champion)
    )
    assert created.created_by == champion
    for _ in range(2):
        create_once(
            Workshop.objects.filter(created_by=champion), submission_key=None, message=_message, **_fields(champion)
        )
    assert Workshop.objects.filter(created_by=champion).count() == 3
