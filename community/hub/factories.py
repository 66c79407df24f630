import datetime

import factory
from django.utils import timezone

from community.factories import OfficialAccountFactory
from community.hub.models import FeedItem, FeedState
from community.models import OfficialAccount


class HubAccountFactory(OfficialAccountFactory):
    status = OfficialAccount.Status.ACTIVE
    feed_url = factory.Sequence(lambda n: f"https://feeds.example.org/{n}.rss")


class FeedStateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedState

    account = factory.SubFactory(HubAccountFactory)


class FeedItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedItem

    account = factory.SubFactory(HubAccountFactory)
    key = factory.Sequence(lambda n: f"urn:example:post:{n}")
    link = factory.Sequence(lambda n: f"https://social.example.org/posts/{n}")
    title = factory.Sequence(lambda n: f"Post number {n}")
    summary_html = "<p>Bins are collected on Tuesday.</p>"
    published_at = factory.Sequence(lambda n: timezone.now() - datetime.timedelta(minutes=n))
