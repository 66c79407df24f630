from django.core.cache import cache
from django.db import models

from community.levels import Level
from community.roles import Role

LEVEL_CHOICES = [(level.value, level.label) for level in Level]
ROLE_CHOICES = [(role.value, role.value) for role in Role]
# The cache key of every category's read rule (community.forum.selectors.category_rules).
CATEGORY_RULES_KEY = "forum:category-rules"


class Category(models.Model):
    """A forum category. Who may read, start topics and reply is a minimum level and/or roles.

    A blank level means "nobody by level": only the listed roles get in.
    """

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.CharField(max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    read_level = models.PositiveSmallIntegerField(choices=LEVEL_CHOICES, null=True, blank=True, default=Level.BASIC)
    read_roles = models.JSONField(default=list, blank=True)
    start_level = models.PositiveSmallIntegerField(choices=LEVEL_CHOICES, null=True, blank=True, default=Level.BASIC)
    start_roles = models.JSONField(default=list, blank=True)
    reply_level = models.PositiveSmallIntegerField(choices=LEVEL_CHOICES, null=True, blank=True, default=Level.BASIC)
    reply_roles = models.JSONField(default=list, blank=True)

    requires_approval = models.BooleanField(
        default=False, help_text="Posts from new members wait for a moderator's approval."
    )

    # Stored counts, updated with F() in the same transaction as the post.
    topic_count = models.PositiveIntegerField(default=0)
    post_count = models.PositiveIntegerField(default=0)
    last_activity_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(CATEGORY_RULES_KEY)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("forum:category", kwargs={"slug": self.slug})

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        cache.delete(CATEGORY_RULES_KEY)
        return result
