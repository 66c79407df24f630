from django.apps import AppConfig


class BestPracticeConfig(AppConfig):
    name = "community.bestpractice"
    label = "bestpractice"
    verbose_name = "Best practice"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Django connects receivers once the app registry is ready, so the module loads here, not at the top:
        # a saved or deleted statement makes the home page's shared panel again and recounts its contributors.
        from community.bestpractice import home_panels, receivers  # noqa: F401
