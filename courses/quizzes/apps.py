from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    name = "courses.quizzes"
    label = "quizzes"
    verbose_name = "Quizzes"

    def ready(self) -> None:
        # Django connects receivers once the app registry is ready: models load before this, not at the top.
        from wagtail.signals import published

        from courses.quizzes.models import Question
        from courses.quizzes.signals import question_published

        published.connect(question_published, sender=Question, dispatch_uid="quizzes_question_published")
