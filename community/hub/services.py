"""Writes for the social hub: fetching the official accounts' feeds into items.

Every write is idempotent: items are inserted with the (account, key) unique constraint and conflicts
ignored, and the fetch state is updated in place, so two runs at the same moment (the timer and a
manual `fetch_feeds`) never duplicate an item. One feed's failure is recorded on its `FeedState` and
never stops the others.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser
from django.db import IntegrityError, transaction
from django.utils import timezone

from community.home_panels import forget_shared
from community.hub.fetching import FeedRefused, fetch
from community.hub.home_panels import FRAGMENT as HOME_FRAGMENT
from community.hub.models import FeedItem, FeedState
from community.hub.sanitise import clean_item_html, title_from
from community.models import OfficialAccount

logger = logging.getLogger("postwise.hub")

MAX_ITEMS_PER_FEED = 100


@dataclass(frozen=True)
class FetchReport:
    feeds: int = 0
    new_items: int = 0
    failed: int = 0


def _state_for(account: OfficialAccount) -> FeedState:
    state = FeedState.objects.filter(account=account).first()
    if state is not None:
        return state
    try:
        # Write first, read after: a transaction that reads and then writes fails at once on SQLite when
        # another run holds the write lock, where a write simply waits its turn.
        with transaction.atomic():
            return FeedState.objects.create(account=account)
    except IntegrityError:  # Another run made it a moment ago.
        return FeedState.objects.get(account=account)


def _moment(entry, *, now: datetime) -> datetime:
    # Read as a plain dict: feedparser's own lookup maps one key onto the other and warns about it.
    parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    if not parsed:
        return now
    # A feed may claim the future; it does not get to stay on top of the hub for it.
    return min(datetime(*parsed[:6], tzinfo=UTC), now)


def _http_link(value) -> str:
    value = (value or "").strip()
    return value if value.startswith(("https://", "http://")) and len(value) <= 1000 else ""


def _items_from(parsed, *, account: OfficialAccount, now: datetime) -> list[FeedItem]:
    items = []
    for entry in parsed.entries[:MAX_ITEMS_PER_FEED]:
        link = _http_link(entry.get("link"))
        key = (entry.get("id") or link).strip()[:500]
        if not link or not key:
            continue  # Nothing to link to: the hub only shows posts readers can open.
        content = entry.get("content") or []
        html = entry.get("summary") or (content[0].get("value", "") if content else "")
        summary_html = clean_item_html(html)
        items.append(
            FeedItem(
                account=account,
                key=key,
                link=link,
                title=" ".join((entry.get("title") or "").split())[:300] or title_from(summary_html),
                summary_html=summary_html,
                published_at=_moment(entry, now=now),
            )
        )
    return items


def fetch_account_feed(*, account: OfficialAccount, url: str = "", allowed_private: Iterable[str] = ()) -> int:
    """Fetches one account's feed (or `url`, a copy of it, for the demo) and stores its new items.

    Returns how many items were new.

    Raises `FeedRefused` (already recorded on the account's fetch state) when the feed could not be read.
    """
    address = url or account.feed_url
    state = _state_for(account)
    same_address = state.fetched_url == address
    now = timezone.now()
    try:
        fetched = fetch(
            address,
            etag=state.etag if same_address else "",
            last_modified=state.last_modified if same_address else "",
            allowed_private=frozenset(allowed_private),
        )
        items: list[FeedItem] = []
        if fetched.status == 200:
            parsed = feedparser.parse(fetched.body, response_headers={"content-location": fetched.url})
            if parsed.bozo and not parsed.entries:
                raise FeedRefused("The address did not give a readable RSS or Atom feed.")
            items = _items_from(parsed, account=account, now=now)
    except FeedRefused as refusal:
        _record_failure(account=account, message=str(refusal), now=now)
        raise
    except Exception as error:  # A feed must never stop the others: record it and go on.
        logger.exception("Reading the feed of %s failed", account)
        _record_failure(account=account, message=f"The feed could not be read ({error.__class__.__name__}).", now=now)
        raise FeedRefused(str(error)) from error
    known = set(
        FeedItem.objects.filter(account=account, key__in=[item.key for item in items]).values_list("key", flat=True)
    )
    new = {item.key for item in items} - known
    with transaction.atomic():
        # Idempotent: an item another run stored meanwhile is skipped by the unique constraint.
        FeedItem.objects.bulk_create(items, ignore_conflicts=True)
        validators = {"etag": fetched.etag, "last_modified": fetched.last_modified} if fetched.status == 200 else {}
        FeedState.objects.filter(account=account).update(
            fetched_url=address, last_attempt_at=now, last_success_at=now, **validators
        )
    if new:
        transaction.on_commit(lambda: forget_shared(HOME_FRAGMENT))
    return len(new)


def _record_failure(*, account: OfficialAccount, message: str, now: datetime) -> None:
    FeedState.objects.filter(account=account).update(last_attempt_at=now, last_error=message[:1000], last_error_at=now)


def fetch_all_feeds(*, allowed_private: Iterable[str] = ()) -> FetchReport:
    """Every active official account with a feed address, one after another."""
    accounts = OfficialAccount.objects.filter(status=OfficialAccount.Status.ACTIVE).exclude(feed_url="")
    feeds = new_items = failed = 0
    for account in accounts.order_by("pk"):
        feeds += 1
        try:
            new_items += fetch_account_feed(account=account, allowed_private=allowed_private)
        except FeedRefused as refusal:
            failed += 1
            logger.warning("Feed of %s not read: %s", account, refusal)
    return FetchReport(feeds=feeds, new_items=new_items, failed=failed)
