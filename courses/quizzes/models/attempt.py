from django.conf import settings
from django.db import models
from django.db.models import Q


class QuizAttempt(models.Model):
    """One go at a quiz. Created on the server, which freezes the questions and their option order."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        SUBMITTED = "submitted", "Submitted"

    quiz = models.ForeignKey("quizzes.QuizPage", on_delete=models.CASCADE, related_name="attempts")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    number = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.IN_PROGRESS)
    started_at = models.DateTimeField()
    # Null when the quiz has no time limit.
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # When the member took the one 10-minute extension (the deadline already includes it).
    extended_at = models.DateTimeField(null=True, blank=True)
    # True when the submission came after the deadline and its grace: scored as the answers stood at the deadline.
    scored_at_deadline = models.BooleanField(default=False)
    correct_count = models.PositiveSmallIntegerField(default=0)
    question_count = models.PositiveSmallIntegerField(default=0)
    percent = models.PositiveSmallIntegerField(default=0)
    passed = models.BooleanField(default=False)
    # The quiz's pass mark when the attempt started: a published change of pass mark affects only later attempts.
    pass_mark_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    # Given at the start when the licence this quiz grants needs a champion's approval.
    business_reason = models.TextField(blank=True)
    line_manager = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "quiz"],
                condition=Q(status="in_progress"),
                name="quizattempt_one_in_progress_per_member",
            ),
            models.UniqueConstraint(fields=["member", "quiz", "number"], name="quizattempt_unique_number"),
        ]

    def __str__(self) -> str:
        return f"Attempt {self.number} at {self.quiz} by {self.member}"

    @property
    def pass_mark(self) -> int:
        """The pass mark the attempt started under; the quiz's own only for attempts older than that record."""
        return self.pass_mark_percent if self.pass_mark_percent is not None else self.quiz.pass_mark_percent

    @property
    def is_in_progress(self) -> bool:
        return self.status == self.Status.IN_PROGRESS


class AttemptQuestion(models.Model):
    """A question drawn for an attempt, its frozen option order, and the member's answer."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="questions")
    question = models.ForeignKey("quizzes.Question", on_delete=models.PROTECT, related_name="+")
    # The published revision the member was shown: text, options and right answers are read and scored
    # from it, so publishing an edit does not change an attempt under way. Null only for attempts
    # made before questions had revisions (read from the question itself).
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    position = models.PositiveSmallIntegerField()
    option_ids = models.JSONField(default=list)
    selected_option_ids = models.JSONField(default=list, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    is_correct = models.BooleanField(null=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="attemptquestion_unique_position"),
            models.UniqueConstraint(fields=["attempt", "question"], name="attemptquestion_unique_question"),
        ]

    def __str__(self) -> str:
        return f"Question {self.position} of {self.attempt}"
