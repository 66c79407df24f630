from django.conf import settings
from django.db import models


class Notification(models.Model):
    """Something a member should know about. Shown in the site; emailed once, at most."""

    class Kind(models.TextChoices):
        REPLY = "reply", "New reply in a topic you watch"
        NEW_TOPIC = "new_topic", "New topic in a category you watch"
        MENTION = "mention", "You were mentioned"
        ACCEPTED = "accepted", "Your reply was accepted as the answer"
        POST_APPROVED = "post_approved", "Your post was approved"
        POST_REJECTED = "post_rejected", "Your post was not approved"
        LICENCE_SUSPENDED = "licence_suspended", "Your licence was suspended"
        LICENCE_REVOKED = "licence_revoked", "Your licence was revoked"
        LICENCE_REINSTATED = "licence_reinstated", "Your licence was reinstated"
        ACCOUNT_APPLICATION = "account_application", "News about an official account application"
        ACCOUNT_LAPSE = "account_lapse", "An official account's manager has no valid licence"

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # Empty for news that is not about a readable topic (a licence change, a rejected post): then
    # `message` says it all and `link` is where to go next.
    topic = models.ForeignKey("forum.Topic", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey("forum.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(blank=True)
    link = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # Set when claimed for an email (immediate or digest): it is never emailed twice.
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
            models.Index(fields=["recipient", "emailed_at"], name="notification_unemailed"),
            # The list: a member's newest first, keyset by id.
            models.Index(fields=["recipient", "-id"], name="notification_newest"),
        ]
        constraints = [models.UniqueConstraint(fields=["recipient", "post", "kind"], name="notification_once_per_post")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.topic or self.message[:60]}"

    @property
    def text(self) -> str:
        return self.message or f"{self.get_kind_display()}: {self.topic.title}"


class EmailPreference(models.Model):
    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", "Immediately, one email per notification"
        DAILY = "daily", "A daily digest"
        WEEKLY = "weekly", "A weekly digest"
        NEVER = "never", "Never: only in the site"

    member = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="email_preference")
    frequency = models.CharField(max_length=12, choices=Frequency.choices, default=Frequency.DAILY)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.member}: {self.get_frequency_display()}"


DEFAULT_FREQUENCY = EmailPreference.Frequency.DAILY
