from django.apps import AppConfig


class BestPracticeConfig(AppConfig):
    name = "community.bestpractice"
    label = "bestpractice"
    verbose_name = "Best practice"
    default_auto_field = "django.db.models.BigAutoField"
