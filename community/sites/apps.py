from django.apps import AppConfig


class SitesConfig(AppConfig):
    name = "community.sites"
    label = "sites"
    verbose_name = "Site access lists"
    default_auto_field = "django.db.models.BigAutoField"
