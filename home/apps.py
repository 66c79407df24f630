from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home"

    def ready(self) -> None:
        # Django requires models to be imported only once the app registry is ready, so here, not at the top.
        from django.db.models.signals import post_save

        from community.models import OrganisationSettings
        from home.panels import connect as connect_next_step
        from home.site_name import organisation_saved

        post_save.connect(organisation_saved, sender=OrganisationSettings, dispatch_uid="home.organisation_saved")
        # The home page's next-step panel is kept per member: forgotten when what My path reads changes.
        connect_next_step()
