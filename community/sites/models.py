"""The sites staff may reach on the web, by level: basic, approved (corporate users) and blocked."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class AccessList(models.TextChoices):
    BASIC = "basic", "Basic: every member"
    APPROVED = "approved", "Approved: corporate users"
    BLOCKED = "blocked", "Blocked: nobody"


class Category(models.TextChoices):
    SOCIAL_NETWORK = "social", "Social network"
    VIDEO = "video", "Video"
    PHOTO = "photo", "Photo sharing"
    MESSAGING = "messaging", "Messaging"
    BLOGGING = "blogging", "Blogging"
    PROFESSIONAL = "professional", "Professional network"
    FORUM = "forum", "Discussion forum"
    OTHER = "other", "Other"


class SocialSite(models.Model):
    name = models.CharField(max_length=100, unique=True)
    category = models.CharField(max_length=20, choices=Category.choices)
    access_list = models.CharField("list", max_length=10, choices=AccessList.choices, db_index=True)
    rationale = models.TextField(help_text="Shown to staff: why the site is on this list.")
    review_on = models.DateField("review date", db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "site"

    def __str__(self) -> str:
        return self.name

    @property
    def review_overdue(self) -> bool:
        return self.review_on < timezone.localdate()


class SiteDomain(models.Model):
    """One row per domain; the unique constraint keeps a domain on one site, and so on one list."""

    site = models.ForeignKey(SocialSite, on_delete=models.CASCADE, related_name="domains")
    domain = models.CharField(max_length=253)

    class Meta:
        ordering = ["domain"]
        constraints = [models.UniqueConstraint(fields=["domain"], name="sites_domain_on_one_list")]

    def __str__(self) -> str:
        return self.domain


class SiteListsState(models.Model):
    """One row: when any site or domain was last added, changed or deleted. The exports' Last-Modified.

    Bumped by `services.mark_lists_changed` from the model signals (signals.py), in the same transaction as
    the write, so a deletion moves it too (the sites' own `updated_at` cannot: the row is gone).
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    changed_at = models.DateTimeField()

    class Meta:
        verbose_name = "site lists state"
        constraints = [models.CheckConstraint(condition=models.Q(id=1), name="sites_lists_state_one_row")]

    def __str__(self) -> str:
        return f"Site lists changed at {self.changed_at:%Y-%m-%d %H:%M:%S}"


class SiteListChange(models.Model):
    """Who moved a site between lists, and when. Written by the service, never edited."""

    site = models.ForeignKey(SocialSite, on_delete=models.SET_NULL, null=True, related_name="changes")
    site_name = models.CharField(max_length=100)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)
    old_list = models.CharField(max_length=10, choices=AccessList.choices, blank=True)
    new_list = models.CharField(max_length=10, choices=AccessList.choices)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = "list change"

    def __str__(self) -> str:
        return f"{self.site_name}: {self.old_list or 'new'} → {self.new_list}"


class ApiToken(models.Model):
    """A named token for one integration (the proxy, the directory sync). Only its hash is kept."""

    class Purpose(models.TextChoices):
        EXPORTS = "exports", "Site list and member exports (the web proxy)"
        DIRECTORY = "directory", "Directory provisioning (SCIM: creates, updates and closes accounts)"

    name = models.CharField(max_length=100, unique=True, help_text="The integration that uses it.")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(max_length=8, editable=False)
    purpose = models.CharField(
        max_length=20,
        choices=Purpose.choices,
        default=Purpose.EXPORTS,
        help_text="What the token may reach. A directory token manages accounts: give it only to the directory.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, editable=False, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
