import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from community.page_serving import FewQueriesPageMixin
from courses.models import FourEyesPageMixin


class QuizPage(FourEyesPageMixin, FewQueriesPageMixin, Page):
    """A quiz inside a course. Questions are drawn from pools when a member starts an attempt."""

    class ReviewDetail(models.TextChoices):
        """What the review of a submitted attempt shows, chosen separately for a pass and a fail."""

        SCORE = "score", "Score and result only"
        MARKS = "marks", "Also which questions were right or wrong, with the member's own answers"
        FEEDBACK = (
            "feedback",
            "Also the feedback on each answer and a link to the lesson that teaches the question, "
            "but not the right answers",
        )
        FULL = "full", "Everything: right answers, feedback on each answer and explanations"

    # After a fail the review stops short of the right answers (Moodle's "right answer" review option).
    FAIL_REVIEW_CHOICES = [choice for choice in ReviewDetail.choices if choice[0] != "full"]

    intro = RichTextField(blank=True, features=["bold", "italic", "link", "ol", "ul"])
    pass_mark_percent = models.PositiveSmallIntegerField(
        "pass mark (%)", default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)], help_text="Leave blank for no time limit."
    )
    strictly_timed = models.BooleanField(
        default=False,
        help_text="Members cannot ask for 10 more minutes during an attempt. "
        "Extra time a champion gives a member as a reasonable adjustment still applies.",
    )
    max_attempts = models.PositiveSmallIntegerField(
        null=True, blank=True, default=3, validators=[MinValueValidator(1)], help_text="Leave blank for no limit."
    )
    wait_hours_between_attempts = models.PositiveSmallIntegerField(
        default=0, help_text="How long a member waits after a failed attempt before the next one."
    )
    stop_after_pass = models.BooleanField(
        default=True, help_text="No further attempts after a pass (renewal inside the licence's window still works)."
    )
    requires_lessons_complete = models.BooleanField(
        default=True, help_text="Members must complete the course's lessons before they start."
    )
    shuffle_options = models.BooleanField(default=True, help_text="Show each question's options in a random order.")
    review_after_fail = models.CharField(
        "review after a failed attempt",
        max_length=10,
        choices=FAIL_REVIEW_CHOICES,
        default=ReviewDetail.FEEDBACK,
        help_text="Never the right answers: a member who saw them could simply retake the quiz with them.",
    )
    review_after_pass = models.CharField(
        "review after a pass", max_length=10, choices=ReviewDetail.choices, default=ReviewDetail.FULL
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("draws", heading="Questions", label="Pool", min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark_percent"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("strictly_timed"),
                FieldPanel("max_attempts"),
                FieldPanel("wait_hours_between_attempts"),
                FieldPanel("stop_after_pass"),
                FieldPanel("requires_lessons_complete"),
                FieldPanel("shuffle_options"),
                FieldPanel("review_after_fail"),
                FieldPanel("review_after_pass"),
            ],
            heading="Rules",
        ),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "quizzes/quiz_page.html"

    class Meta:
        verbose_name = "quiz"

    @property
    def time_limit(self) -> datetime.timedelta | None:
        return datetime.timedelta(minutes=self.time_limit_minutes) if self.time_limit_minutes else None

    def review_detail_for(self, *, passed: bool) -> str:
        return self.review_after_pass if passed else self.review_after_fail

    def serve(self, request, *args, **kwargs):
        # Imported here, not at the top: Django's app registry imports this models module first (apps.populate),
        # and the view module imports QuizPage from it at its top, so a top-level import here would be circular.
        from courses.quizzes.views.quiz_page import serve_quiz_page

        return serve_quiz_page(request, quiz=self)


class QuizPoolDraw(Orderable):
    """How many questions the quiz draws at random from one pool."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="draws")
    pool = models.ForeignKey("quizzes.QuestionPool", on_delete=models.PROTECT, related_name="+")
    question_count = models.PositiveSmallIntegerField(default=5, validators=[MinValueValidator(1)])

    panels = [FieldPanel("pool"), FieldPanel("question_count")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["quiz", "pool"], name="quizpooldraw_one_per_pool")]

    def __str__(self) -> str:
        return f"{self.question_count} from {self.pool}"
