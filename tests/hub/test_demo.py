"""The demo fills the hub from local sample feeds through the real fetcher, without network access."""

from io import StringIO

import pytest
from django.core.management import call_command

from community.demo_data import read
from community.hub.demo import MANIFEST_FILE, DemoManifest
from community.hub.models import FeedItem, FeedState
from community.models import OfficialAccount

pytestmark = pytest.mark.django_db


def test_the_demo_reads_every_sample_feed_and_is_idempotent(settings):
    settings.POSTWISE_HUB_PRIVATE_FEED_HOSTS = []  # the demo allows only its own server, for that moment
    call_command("load_demo_content", stdout=StringIO())
    manifest = read(MANIFEST_FILE, DemoManifest).accounts
    for entry in manifest:
        account = OfficialAccount.objects.get(platform=entry.platform, handle=entry.handle)
        assert account.status == OfficialAccount.Status.ACTIVE
        assert account.feed_url.startswith("https://")
        assert FeedItem.objects.filter(account=account).count() >= 2, entry.handle
        assert not FeedState.objects.get(account=account).last_error
    assert {entry.file.rsplit(".", 1)[1] for entry in manifest} == {"rss", "atom"}
    count = FeedItem.objects.count()
    assert not FeedItem.objects.filter(summary_html__icontains="<script").exists()
    assert not FeedItem.objects.filter(summary_html__icontains="javascript:").exists()
    assert FeedItem.objects.filter(summary_html__contains="Picture: ").exists()
    call_command("load_demo_content", stdout=StringIO())
    assert FeedItem.objects.count() == count
