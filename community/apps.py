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
        # Django requires models to be imported only once the app registry is ready, so here, not at the top.
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site

        from community import checks, mfa  # noqa: F401
        from community.models.organisation_settings import forget_organisation_settings

        # A site's hostname or root decides which organisation settings a host gets.
        post_save.connect(forget_organisation_settings, sender=Site, dispatch_uid="community.site_saved")
        post_delete.connect(forget_organisation_settings, sender=Site, dispatch_uid="community.site_deleted")
