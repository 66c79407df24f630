from django.conf import settings
from django.db import models


class Enrolment(models.Model):
    """A member on a course, and when they completed it.

    Required courses need no row to count as assigned (every member has them); the row is made on
    the member's first action. `completed_at` is set once and kept: later edits to the course do not
    take a completion away (see courses/selectors.py for the progress rules).
    """

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments")
    enrolled_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "course"], name="enrolment_one_per_member_course")]
        indexes = [models.Index(fields=["course", "completed_at"], name="enrolment_course_completed")]

    def __str__(self) -> str:
        return f"{self.member} on {self.course}"
