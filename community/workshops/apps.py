from django.apps import AppConfig


class WorkshopsConfig(AppConfig):
    name = "community.workshops"
    label = "workshops"
    verbose_name = "Opinion-line workshops"
    default_auto_field = "django.db.models.BigAutoField"
