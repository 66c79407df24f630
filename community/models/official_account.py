from django.conf import settings
from django.db import models


class OfficialAccount(models.Model):
    """An entry in the register of official social media accounts.

    The register's screens, applications, incidents and measures live in `community.registers`
    and its neighbours; this model stays in the kernel because a member's level is derived from it.
    """

    class Platform(models.TextChoices):
        X = "x", "X (Twitter)"
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        LINKEDIN = "linkedin", "LinkedIn"
        YOUTUBE = "youtube", "YouTube"
        TIKTOK = "tiktok", "TikTok"
        THREADS = "threads", "Threads"
        MASTODON = "mastodon", "Mastodon"
        BLUESKY = "bluesky", "Bluesky"
        FLICKR = "flickr", "Flickr"
        BLOG = "blog", "Blog"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        APPROVED = "approved", "Approved"
        ACTIVE = "active", "Active"
        SUSPENDED = "suspended", "Suspended"
        RETIRED = "retired", "Retired"

    # Managing an account in one of these states makes a licensed member an Account manager.
    MANAGER_LEVEL_STATUSES = (Status.APPROVED, Status.ACTIVE)

    platform = models.CharField(max_length=40, choices=Platform.choices, db_index=True)
    name = models.CharField(max_length=120, blank=True)
    handle = models.CharField(max_length=120)
    department = models.CharField(max_length=120, blank=True, db_index=True)
    purpose = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED, db_index=True)
    review_date = models.DateField(null=True, blank=True, db_index=True)
    feed_url = models.URLField("RSS/Atom feed address", blank=True)
    sponsor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sponsored_accounts",
        help_text="The named senior manager who receives the account's reports.",
    )
    managers = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="managed_accounts", blank=True)

    class Meta:
        ordering = ["platform", "handle"]
        constraints = [models.UniqueConstraint(fields=["platform", "handle"], name="official_account_unique_handle")]

    def __str__(self) -> str:
        return f"{self.handle} on {self.get_platform_display()}"
