from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home"

    def ready(self) -> None:
        # Each app's my_path_steps.py contributes steps to "My path"; navigation.py, menu items.
        autodiscover_modules("my_path_steps")
        autodiscover_modules("navigation")

        from django.db.models.signals import post_save

        from home.models import OrganisationSettings
        from home.site_name import organisation_saved

        post_save.connect(organisation_saved, sender=OrganisationSettings, dispatch_uid="home.organisation_saved")
