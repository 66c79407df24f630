from django.conf import settings
from django.db import models
from django.urls import reverse
from taggit.managers import TaggableManager
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from community.forum.models.category import Category

EXCERPT_LENGTH = 160


def excerpt_of(text: str, *, limit: int = EXCERPT_LENGTH) -> str:
    """The first words of a plain text, cut at a word within `limit` characters, with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,.;:–-") + "…"


class TopicQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def listed(self) -> "TopicQuerySet":
        """What ordinary readers see: not hidden, not waiting for approval, not merged away."""
        return self.filter(is_hidden=False, awaiting_approval=False, merged_into__isnull=True)


class Topic(index.Indexed, models.Model):
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="topics")
    title = models.CharField(max_length=150)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="forum_topics")
    created_at = models.DateTimeField()
    last_activity_at = models.DateTimeField()
    # The newest visible post's id: unread = this is above the reader's high-water mark.
    last_post_id = models.BigIntegerField(default=0)
    reply_count = models.PositiveIntegerField(default=0)
    is_pinned = models.BooleanField(default=False)
    is_locked = models.BooleanField(default=False)
    is_hidden = models.BooleanField(default=False)
    awaiting_approval = models.BooleanField(default=False)
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    accepted_post = models.ForeignKey("forum.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # Plain text of the opening post, kept for search.
    opening_text = models.TextField(blank=True)
    # The start of that text for topic lists, stored so that a list never reads or renders a post.
    excerpt = models.CharField(max_length=EXCERPT_LENGTH + 1, blank=True)

    tags = TaggableManager(blank=True)

    objects = TopicQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("opening_text"),
        index.AutocompleteField("title"),
        index.FilterField("category_id"),
        index.FilterField("is_hidden"),
        index.FilterField("awaiting_approval"),
        index.FilterField("merged_into_id"),
        index.FilterField("id"),
    ]

    class Meta:
        indexes = [
            models.Index(fields=["category", "-last_activity_at", "-id"], name="forum_topic_keyset"),
            models.Index(fields=["-last_activity_at", "-id"], name="forum_topic_recent"),
            # pinned_topics(): the few pinned topics, newest first, without reading the whole table.
            models.Index(
                fields=["-last_activity_at", "-id"], condition=models.Q(is_pinned=True), name="forum_topic_pinned"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:topic", kwargs={"pk": self.pk})

    def keep_opening_text(self, text: str) -> None:
        """Set the opening post's plain text and the excerpt made from it (the caller saves both)."""
        self.opening_text = text[:5000]
        self.excerpt = excerpt_of(text)
