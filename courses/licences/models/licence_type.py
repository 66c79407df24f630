from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from community.viewer import forget_everyone
from courses.models.reviewed import revisions_relation, workflow_states_relation


class LicenceType(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """A kind of licence, such as the corporate user licence ("a licence to tweet").

    Reviewed content under four eyes: a change is a draft until a second champion approves it. The row
    holds the published values, which is what issuing and renewing read. The pass mark and the wait
    between attempts are the licence quiz's, whose page is under four eyes too.
    """

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

    _revisions = revisions_relation("licence_type")
    workflow_states = workflow_states_relation("licence_type")

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

    @property
    def revisions(self):
        return self._revisions


@receiver(post_save, sender=LicenceType, dispatch_uid="licences.type_saved")
@receiver(post_delete, sender=LicenceType, dispatch_uid="licences.type_deleted")
def _every_level_may_change(sender, instance, **kwargs) -> None:
    """Whether a type grants the corporate level decides every holder's level: forget everyone's facts."""
    forget_everyone()
