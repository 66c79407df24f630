"""A member with something in most apps, and another member who replied to them."""

import io
import json
import re
import zipfile
from dataclasses import dataclass

from django.core import mail
from django.utils import timezone

from community.factories import MemberFactory, OfficialAccountFactory
from community.forum import factories as forum
from community.forum.markdown import render_markdown
from community.forum.models import Post, TopicWatch
from community.incidents.factories import IncidentFactory
from community.notifications.models import EmailPreference, Notification
from courses.licences.factories import LicenceFactory


@dataclass
class Story:
    member: object
    other: object
    account: object
    topic: object
    reply: object
    incident: object
    licence: object


def a_story() -> Story:
    member = MemberFactory(email="leaver@example.org", first_name="Lee", last_name="Vere", department="Parks")
    other = MemberFactory(email="other-person@example.org", first_name="Otto", last_name="Herr")
    licence = LicenceFactory(holder=member)
    account = OfficialAccountFactory(managers=[member])
    topic = forum.TopicFactory(author=member, title="How do we reply to complaints?", opening="My own words here")
    reply = Post.objects.create(
        topic=topic,
        author=other,
        body="Otto's reply words",
        body_html=render_markdown("Otto's reply words"),
        created_at=timezone.now(),
    )
    TopicWatch.objects.create(member=member, topic=topic)
    Notification.objects.create(
        recipient=member, actor=other, kind=Notification.Kind.REPLY, topic=topic, message="Otto Herr replied"
    )
    Notification.objects.create(recipient=other, actor=member, kind=Notification.Kind.REPLY, message="Lee replied")
    EmailPreference.objects.create(member=member)
    incident = IncidentFactory(account=account, reported_by=member, summary="A reply went to the wrong person")
    return Story(member, other, account, topic, reply, incident, licence)


def link_in_last_email() -> str:
    return re.search(r"https?://\S+/privacy/download/\S+/", mail.outbox[-1].body).group(0)


def unzip(response) -> tuple[dict, str]:
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        return json.loads(archive.read("your-data.json")), archive.read("your-data.html").decode()
