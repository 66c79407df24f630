from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses"

    def ready(self) -> None:
        # Django connects receivers once the app registry is ready: models load before this, not at the top.
        from wagtail.signals import page_published

        from courses.models import GuidelinePage
        from courses.signals import guideline_published

        page_published.connect(guideline_published, sender=GuidelinePage, dispatch_uid="courses_guideline_published")
