from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = "Community"

    def ready(self) -> None:
        # Every app's rules.py registers its permission rules with the one handler.
        autodiscover_modules("rules")
        # Imported once the app registry is ready, as Django requires: they register the deploy checks and
        # connect the MFA signal receiver.
        from community import checks, mfa  # noqa: F401
