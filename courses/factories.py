import factory
import wagtail_factories

from courses.models import CourseIndexPage, CoursePage, GuidelineIndexPage, GuidelinePage, LessonPage


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Courses"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "A short course on social media at work."
    estimated_minutes = 30


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    summary = "What to do before you post."
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Pause before you press post: who will read this?</p>"}]
    )


class GuidelineIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuidelineIndexPage

    title = "Guidelines"


class GuidelinePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuidelinePage

    title = factory.Sequence(lambda n: f"Guidelines {n}")
    version = "1.0"
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Be kind, be accurate.</p>"}])
