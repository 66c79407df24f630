from django.db import models


class GuidelineVersion(models.Model):
    """One publication of a guideline page: the revision members saw, and whether it was major.

    Kept even if Wagtail purges old revisions, so acknowledgements keep their meaning.
    """

    guideline = models.ForeignKey("courses.GuidelinePage", on_delete=models.CASCADE, related_name="versions")
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    version = models.CharField(max_length=20)
    major = models.BooleanField(default=False)
    published_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-pk"]
        constraints = [
            models.UniqueConstraint(fields=["revision"], name="guideline_version_one_per_revision"),
        ]
        indexes = [models.Index(fields=["guideline", "major"], name="guideline_version_major")]

    def __str__(self) -> str:
        return f"{self.guideline} version {self.version}"
