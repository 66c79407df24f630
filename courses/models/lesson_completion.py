from django.conf import settings
from django.db import models


class LessonCompletion(models.Model):
    """A member completed a lesson. Keyed by lesson, so reordering or moving lessons keeps it."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "lesson"], name="lesson_completion_once")]

    def __str__(self) -> str:
        return f"{self.member} completed {self.lesson}"
