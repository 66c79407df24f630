from django.conf import settings
from django.db import models
from django.urls import reverse


class Post(models.Model):
    """A topic's opening post or a flat reply. `body` is what was typed; `body_html` is sanitised."""

    class Status(models.TextChoices):
        PUBLISHED = "published", "Published"
        PENDING = "pending", "Waiting for approval"
        REJECTED = "rejected", "Rejected"

    topic = models.ForeignKey("forum.Topic", on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="forum_posts")
    is_opening = models.BooleanField(default=False)
    body = models.TextField()
    body_html = models.TextField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PUBLISHED)
    is_hidden = models.BooleanField(default=False)
    created_at = models.DateTimeField()
    edited_at = models.DateTimeField(null=True, blank=True)
    # Bumped on each edit; a form carrying an older version is a stale edit.
    version = models.PositiveIntegerField(default=1)
    helpful_count = models.PositiveIntegerField(default=0)
    # Open (unresolved) flags and when the latest was raised: kept in the same transaction as each flag
    # is raised or resolved, so the moderation queue filters and sorts on indexed columns.
    open_flag_count = models.PositiveIntegerField(default=0)
    last_flagged_at = models.DateTimeField(null=True, blank=True)
    # The form's one-time key (community.forms.SubmitOnceMixin): a double submit cannot post twice.
    submission_key = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["id"]
        indexes = [
            models.Index(fields=["topic", "id"], name="forum_post_topic_order"),
            models.Index(fields=["author", "status"], name="forum_post_author_status"),
            models.Index(
                fields=["-last_flagged_at", "-id"],
                condition=models.Q(open_flag_count__gt=0),
                name="forum_post_open_flags",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_key"],
                condition=models.Q(submission_key__isnull=False),
                name="forum_post_submitted_once",
            )
        ]

    def __str__(self) -> str:
        return f"Post {self.pk} in {self.topic_id}"

    def get_absolute_url(self) -> str:
        return reverse("forum:topic", kwargs={"pk": self.topic_id}) + f"#post-{self.pk}"

    @property
    def is_visible(self) -> bool:
        return self.status == self.Status.PUBLISHED and not self.is_hidden
