from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from community.account_addresses import address_errors, normalise_handle


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
    handle = models.CharField(
        max_length=120, help_text="As it appears on the platform: @ExampleCouncil, or a blog's domain name."
    )
    public_url = models.URLField("public address", blank=True, help_text="The account's page, starting https://.")
    department = models.CharField("department or service", max_length=120, blank=True, db_index=True)
    purpose = models.TextField(blank=True)
    audience = models.TextField(blank=True, help_text="Who the account is for.")
    business_goals = models.TextField(blank=True, help_text="What the account is meant to achieve.")
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
    managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="managed_accounts",
        blank=True,
        help_text="Each manager must hold a valid corporate user licence.",
    )
    mfa_enabled = models.BooleanField(
        "multi-factor authentication is on",
        default=False,
        help_text="Sign-in to the platform asks for a second factor.",
    )
    credentials_holder = models.CharField(
        "who holds the sign-in details",
        max_length=200,
        blank=True,
        help_text="A named person or team. Never type a password here: Postwise must never store one.",
    )
    credentials_location = models.CharField(
        "where the sign-in details are kept",
        max_length=200,
        blank=True,
        help_text="The password manager or vault, like “IT password vault, Communications folder”. "
        "Never type a password here: Postwise must never store one.",
    )
    created_at = models.DateTimeField(auto_now_add=True, null=True)
    updated_at = models.DateTimeField(auto_now=True, null=True)

    class Meta:
        ordering = ["platform", "handle"]
        constraints = [models.UniqueConstraint(fields=["platform", "handle"], name="official_account_unique_handle")]
        indexes = [models.Index(fields=["status", "name", "id"], name="official_account_directory")]

    def __str__(self) -> str:
        return f"{self.handle} on {self.get_platform_display()}"

    @property
    def manager_names(self) -> str:
        """For exports: reads `managers` as prefetched."""
        return ", ".join(member.get_full_name() or member.email for member in self.managers.all())

    @property
    def title(self) -> str:
        return self.name or self.handle

    def clean(self) -> None:
        """The handle, public address and feed address must fit the platform: a message beside each field."""
        super().clean()
        self.handle = normalise_handle(platform=self.platform, handle=self.handle)
        errors = address_errors(
            platform=self.platform, handle=self.handle, public_url=self.public_url, feed_url=self.feed_url
        )
        if errors:
            raise ValidationError(errors)
