from django.conf import settings
from django.db import models


class ModerationAction(models.Model):
    """One line of the moderation log. Written by every moderation verb."""

    class Verb(models.TextChoices):
        HIDE = "hide", "Hid"
        RESTORE = "restore", "Restored"
        PIN = "pin", "Pinned"
        UNPIN = "unpin", "Unpinned"
        LOCK = "lock", "Locked"
        UNLOCK = "unlock", "Unlocked"
        MOVE = "move", "Moved"
        MERGE = "merge", "Merged"
        APPROVE = "approve", "Approved"
        REJECT = "reject", "Rejected"
        DISMISS_FLAGS = "dismiss_flags", "Dismissed flags on"

    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    verb = models.CharField(max_length=20, choices=Verb.choices)
    topic = models.ForeignKey("forum.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    post = models.ForeignKey("forum.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    detail = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.get_verb_display()} by {self.moderator_id}"
