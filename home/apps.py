from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home"

    def ready(self) -> None:
        # Django requires models to be imported only once the app registry is ready, so here, not at the top.
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site

        from home.models import OrganisationSettings
        from home.models.organisation_settings import forget_organisation_settings
        from home.panels import connect as connect_next_step
        from home.site_name import organisation_saved

        post_save.connect(organisation_saved, sender=OrganisationSettings, dispatch_uid="home.organisation_saved")
        # A site's hostname or root decides which settings a host gets.
        post_save.connect(forget_organisation_settings, sender=Site, dispatch_uid="home.site_saved")
        post_delete.connect(forget_organisation_settings, sender=Site, dispatch_uid="home.site_deleted")
        # The home page's next-step panel is kept per member: forgotten when what My path reads changes.
        connect_next_step()
