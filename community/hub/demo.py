"""Demo social hub: each official account with a feed address reads its local sample feed.

The manifest (site/demo/hub/manifest.yaml) maps each of the register's demo accounts (made by its demo step,
order 40, with their feed addresses) to a file in site/demo/hub/feeds/. The files are served on an ephemeral
127.0.0.1 port while this step runs and fetched through the same code as real feeds, with that one
`host:port` allowed past the private-address refusal.
"""

from pathlib import Path

from django.conf import settings

from community.demo_accounts import demo_official_account
from community.demo_data import DemoModel, read
from community.hub import services
from community.hub.fetching import FeedRefused
from community.hub.local_feeds import serving_folder
from community.models import OfficialAccount

MANIFEST_FILE = "hub/manifest.yaml"
DEMO_FOLDER = Path(settings.BASE_DIR) / "site" / "demo" / "hub"


class DemoFeed(DemoModel):
    platform: OfficialAccount.Platform
    handle: str
    file: str  # in site/demo/hub/feeds/


class DemoManifest(DemoModel):
    accounts: list[DemoFeed]


def load_hub_feeds(*, log) -> None:
    """Social hub feeds."""
    manifest = read(MANIFEST_FILE, DemoManifest)
    accounts = [
        (demo_official_account(platform=entry.platform, handle=entry.handle, source=MANIFEST_FILE), entry.file)
        for entry in manifest.accounts
    ]
    new = 0
    with serving_folder(DEMO_FOLDER / "feeds") as local:
        for account, filename in accounts:
            if account.status != OfficialAccount.Status.ACTIVE or not account.feed_url:
                continue
            try:
                new += services.fetch_account_feed(
                    account=account, url=f"http://{local}/{filename}", allowed_private=[local]
                )
            except FeedRefused as refusal:
                log(f"social hub: the sample feed of {account} was not read: {refusal}")
    log(f"social hub: {new} new posts from {len(accounts)} sample feeds")
