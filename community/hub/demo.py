"""Demo social hub: each official account with a feed address reads its local sample feed.

The manifest (site/demo/hub/manifest.yaml) maps each account to a file in site/demo/hub/feeds/. The files
are served on an ephemeral 127.0.0.1 port while this step runs and fetched through the same code as real
feeds, with that one `host:port` allowed past the private-address refusal.
"""

from pathlib import Path

import yaml
from django.conf import settings

from community.hub import services
from community.hub.fetching import FeedRefused
from community.hub.local_feeds import serving_folder
from community.models import OfficialAccount
from community.services import ensure_official_account

DEMO_FOLDER = Path(settings.BASE_DIR) / "site" / "demo" / "hub"


def _ensure_account(entry: dict) -> OfficialAccount:
    """The register's demo may have made the account already; only what is missing is filled in."""
    account, created = ensure_official_account(
        platform=entry["platform"], handle=entry["handle"], purpose=entry["purpose"], feed_url=entry["feed_url"]
    )
    changed = []
    if created or not account.name:
        account.name, account.department = entry["name"], entry["department"]
        changed += ["name", "department"]
    # Approved is what `ensure_official_account` makes; the demo's accounts are live. Suspended or retired
    # accounts (the register's demo may suspend one) stay as they are.
    if account.status in (OfficialAccount.Status.PROPOSED, OfficialAccount.Status.APPROVED):
        account.status = OfficialAccount.Status.ACTIVE
        changed.append("status")
    if changed:
        account.save(update_fields=changed)
    if not account.feed_url:
        account = services.set_feed_address(account=account, feed_url=entry["feed_url"])
    return account


def load_hub_feeds(*, log) -> None:
    """Social hub feeds."""
    manifest = yaml.safe_load((DEMO_FOLDER / "manifest.yaml").read_text(encoding="utf-8"))
    accounts = [(_ensure_account(entry), entry["file"]) for entry in manifest["accounts"]]
    new = 0
    with serving_folder(DEMO_FOLDER / "feeds") as local:
        for account, filename in accounts:
            if account.status != OfficialAccount.Status.ACTIVE:
                continue
            try:
                new += services.fetch_account_feed(
                    account=account, url=f"http://{local}/{filename}", allowed_private=[local]
                )
            except FeedRefused as refusal:
                log(f"social hub: the sample feed of {account} was not read: {refusal}")
    log(f"social hub: {new} new posts from {len(accounts)} sample feeds")
