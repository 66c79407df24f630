from django.apps import AppConfig


class HubConfig(AppConfig):
    name = "community.hub"
    label = "hub"
    verbose_name = "Social hub"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Django connects receivers once the app registry is ready, so the module loads here, not at the top:
        # an official account's change makes the home page's shared panel again.
        from community.hub import home_panels  # noqa: F401
