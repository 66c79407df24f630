"""The social hub: what the official accounts post, read from their RSS or Atom feeds.

The feed address lives on the kernel's `OfficialAccount` (the register owns it). The hub keeps its own
fetch state one-to-one with the account, so the register can grow without touching these tables.
"""

from django.db import models

from community.models import OfficialAccount


class FeedState(models.Model):
    """How the last fetches of one account's feed went, and what to send for a conditional GET."""

    account = models.OneToOneField(
        OfficialAccount, on_delete=models.CASCADE, primary_key=True, related_name="hub_feed_state"
    )
    # The address the validators below belong to: a changed feed address starts afresh.
    fetched_url = models.URLField(max_length=1000, blank=True)
    etag = models.CharField(max_length=255, blank=True)
    last_modified = models.CharField(max_length=64, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_error_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = "feed"
        verbose_name_plural = "feeds"

    def __str__(self) -> str:
        return f"Feed of {self.account}"

    @property
    def failing(self) -> bool:
        return bool(self.last_error)


class FeedItem(models.Model):
    """One post from an account's feed. `key` is the item's GUID, or its link when it has none."""

    account = models.ForeignKey(OfficialAccount, on_delete=models.CASCADE, related_name="hub_items")
    key = models.CharField(max_length=500)
    link = models.URLField(max_length=1000)
    title = models.CharField(max_length=300, blank=True)
    # Sanitised by `community.hub.sanitise.clean_item_html`: text, paragraphs and links only.
    summary_html = models.TextField(blank=True)
    published_at = models.DateTimeField()
    fetched_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["account", "key"], name="hub_item_unique_per_account")]
        indexes = [
            models.Index(fields=["-published_at", "-id"], name="hub_item_newest"),
            models.Index(fields=["account", "-published_at", "-id"], name="hub_item_account_newest"),
        ]

    def __str__(self) -> str:
        return self.title or self.link
