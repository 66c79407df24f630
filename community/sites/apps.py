from django.apps import AppConfig


class SitesConfig(AppConfig):
    name = "community.sites"
    label = "sites"
    verbose_name = "Site access lists"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Django connects receivers once the app registry is ready, so the module loads here, not at the top:
        # every site or domain write moves the exports' Last-Modified.
        from community.sites import signals  # noqa: F401
