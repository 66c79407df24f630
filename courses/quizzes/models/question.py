from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


class QuestionPool(models.Model):
    """A named set of questions; a quiz draws a number of questions from each of its pools."""

    name = models.CharField(max_length=120, unique=True)
    description = models.TextField(blank=True, help_text="What the questions in this pool test. Not shown to members.")

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


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


class Question(ClusterableModel):
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
    def allows_several(self) -> bool:
        return self.kind == self.Kind.MULTIPLE


class Option(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(max_length=300)
    is_correct = models.BooleanField("correct", default=False)
    feedback = models.TextField(blank=True, help_text="Shown to a member who chose this option, if review allows.")

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    def __str__(self) -> str:
        return self.text
