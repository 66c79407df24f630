from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel, model_from_serializable_data
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from courses.models.reviewed import revisions_relation, workflow_states_relation


class QuestionPool(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """A named set of questions; a quiz draws a number of questions from each of its pools.

    Reviewed like a question (draft, history, workflow); a draft change of name or description
    leaves the live pool as it was.
    """

    name = models.CharField(max_length=120, unique=True)
    description = models.TextField(blank=True, help_text="What the questions in this pool test. Not shown to members.")

    _revisions = revisions_relation("question_pool")
    workflow_states = workflow_states_relation("question_pool")

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def revisions(self):
        return self._revisions


class QuestionForm(WagtailAdminModelForm):
    """Checks the options against the question type: one right answer, or at least one for multiple choice."""

    def clean(self):
        cleaned = super().clean()
        options = self.formsets.get("options")
        if options is None or not options.is_valid():
            return cleaned
        kept = [
            form.cleaned_data for form in options.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        correct = sum(1 for option in kept if option.get("is_correct"))
        kind = cleaned.get("kind")
        if len(kept) < 2:
            self.add_error(None, "Give at least two options.")
        elif kind == Question.Kind.TRUE_FALSE and len(kept) != 2:
            self.add_error(None, "A true or false question has exactly two options: “True” and “False”.")
        if kind in (Question.Kind.SINGLE, Question.Kind.TRUE_FALSE) and correct != 1:
            self.add_error(None, "Mark exactly one option as correct.")
        if kind == Question.Kind.MULTIPLE and correct < 1:
            self.add_error(None, "Mark at least one option as correct.")
        return cleaned


class Question(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, ClusterableModel):
    """A quiz question. Reviewed content: saving a live question makes a draft revision, and only the
    published revision is drawn. An attempt keeps the revision it was shown (`AttemptQuestion.revision`)."""

    class Kind(models.TextChoices):
        SINGLE = "single", "Single choice"
        MULTIPLE = "multiple", "Multiple choice (choose all that apply)"
        TRUE_FALSE = "true_false", "True or false"

    pool = models.ForeignKey(QuestionPool, on_delete=models.PROTECT, related_name="questions")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.SINGLE)
    text = models.TextField("question")
    explanation = models.TextField(help_text="Why the right answer is right. Shown on review if the quiz allows it.")
    lesson = models.ForeignKey(
        "courses.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The lesson that teaches this. A member who gets the question wrong is pointed to it.",
    )

    _revisions = revisions_relation("question")
    workflow_states = workflow_states_relation("question")

    base_form_class = QuestionForm
    panels = [
        FieldPanel("pool"),
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("explanation"),
        FieldPanel("lesson"),
        InlinePanel("options", heading="Options", min_num=2, label="Option"),
    ]

    class Meta:
        ordering = ["pool", "pk"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def revisions(self):
        return self._revisions

    @property
    def allows_several(self) -> bool:
        return self.kind == self.Kind.MULTIPLE

    # The preview: the question as a member sees it in an attempt, then its review with the feedback.
    preview_modes = [("", "As in an attempt, then its review")]

    def get_preview_template(self, request, mode_name):
        return "quizzes/question_preview.html"

    def get_preview_context(self, request, mode_name):
        # Imported here, not at the top: Django's app registry imports this models module first (apps.populate),
        # and the preview module imports Question from it (and forms and selectors that do), so a top-level
        # import here would be circular.
        from courses.quizzes.preview import preview_context

        return {**super().get_preview_context(request, mode_name), **preview_context(question=self)}


class Option(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(max_length=300)
    is_correct = models.BooleanField("correct", default=False)
    feedback = models.TextField(blank=True, help_text="Shown to a member who chose this option, if review allows.")

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    def __str__(self) -> str:
        return self.text

    @classmethod
    def from_serializable_data(cls, data, check_fks=True, strict_fks=False):
        """An option as a revision of its question stored it. Its one foreign key is that question, which
        is the object being rebuilt: checking that it exists would cost a query per option (the admin's
        revision preview and comparison rebuild questions from revisions)."""
        return model_from_serializable_data(cls, data, check_fks=False, strict_fks=strict_fks)
