from django.apps import AppConfig


class HubConfig(AppConfig):
    name = "community.hub"
    label = "hub"
    verbose_name = "Social hub"
    default_auto_field = "django.db.models.BigAutoField"
