from django.apps import AppConfig


class MeasuresConfig(AppConfig):
    name = "community.measures"
    label = "measures"
    verbose_name = "Measures"
    default_auto_field = "django.db.models.BigAutoField"
