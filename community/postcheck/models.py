"""What the pre-flight check keeps: the organisation's word list, its reading-ease target, and counts.

A draft is never stored. `WeeklyCheckCount` holds numbers only: drafts checked, and findings by kind, per week.
"""

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models.functions import Lower
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

DRAFTS_CHECKED = "drafts-checked"


class WordChoice(models.Model):
    """ "Don't say 'service user', say 'resident'". Champions edit these in the admin."""

    avoid = models.CharField("word or phrase to avoid", max_length=80)
    prefer = models.CharField(
        "say instead", max_length=80, blank=True, help_text="Leave empty if there is no one word."
    )
    reason = models.CharField(max_length=200, blank=True, help_text="Optional: why, in one sentence.")
    updated_at = models.DateTimeField(auto_now=True)

    panels = [FieldPanel("avoid"), FieldPanel("prefer"), FieldPanel("reason")]

    class Meta:
        ordering = ["avoid"]
        verbose_name = "word to avoid"
        verbose_name_plural = "words to avoid"
        constraints = [models.UniqueConstraint(Lower("avoid"), name="postcheck_word_once")]

    def __str__(self) -> str:
        return f"{self.avoid} → {self.prefer}" if self.prefer else self.avoid


@register_setting(icon="doc-full")
class PostCheckSettings(BaseGenericSetting):
    reading_ease_target = models.PositiveSmallIntegerField(
        "reading ease target",
        default=60,
        validators=[MaxValueValidator(100)],
        help_text="Flesch reading ease, 0–100, higher is easier: 60 or more is plain English.",
    )

    panels = [FieldPanel("reading_ease_target")]

    class Meta:
        verbose_name = "post check"


class WeeklyCheckCount(models.Model):
    """How many drafts were checked (kind "drafts-checked") and how many findings of each kind, per week."""

    week = models.DateField(help_text="The Monday the week starts.")
    kind = models.CharField(max_length=40)
    label = models.CharField(max_length=80)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["week", "kind"]
        constraints = [models.UniqueConstraint(fields=["week", "kind"], name="postcheck_one_count_per_week_and_kind")]

    def __str__(self) -> str:
        return f"{self.week}: {self.label} {self.count}"
