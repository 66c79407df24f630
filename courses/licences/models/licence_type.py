from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel

from community.viewer import forget_everyone


class LicenceType(models.Model):
    """A kind of licence, such as the corporate user licence ("a licence to tweet")."""

    name = models.CharField(max_length=120, unique=True)
    quiz = models.ForeignKey(
        "quizzes.QuizPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="licence_types",
        help_text="Passing this quiz grants, or renews, the licence.",
    )
    grants_corporate_level = models.BooleanField(
        default=True, help_text="An active licence of this type makes its holder a Corporate user."
    )
    validity_months = models.PositiveSmallIntegerField(
        default=12, help_text="How long a licence lasts from its issue date, in months."
    )
    renewal_window_days = models.PositiveSmallIntegerField(
        default=30, help_text="How many days before expiry the holder may renew by passing the quiz again."
    )
    requires_approval = models.BooleanField(
        default=False,
        help_text="A champion must approve each licence before it becomes active. The member gives a business "
        "reason and names their line manager.",
    )

    panels = [
        FieldPanel("name"),
        PageChooserPanel("quiz", "quizzes.QuizPage"),
        MultiFieldPanel(
            [FieldPanel("validity_months"), FieldPanel("renewal_window_days")], heading="Validity and renewal"
        ),
        FieldPanel("requires_approval"),
        FieldPanel("grants_corporate_level"),
    ]

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=models.Q(validity_months__gte=1), name="licencetype_validity_positive"),
        ]

    def __str__(self) -> str:
        return self.name


@receiver(post_save, sender=LicenceType, dispatch_uid="licences.type_saved")
@receiver(post_delete, sender=LicenceType, dispatch_uid="licences.type_deleted")
def _every_level_may_change(sender, instance, **kwargs) -> None:
    """Whether a type grants the corporate level decides every holder's level: forget everyone's facts."""
    forget_everyone()
