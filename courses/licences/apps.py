from django.apps import AppConfig


class LicencesConfig(AppConfig):
    name = "courses.licences"
    label = "licences"
    verbose_name = "Licences"

    def ready(self) -> None:
        # Django connects receivers once the app registry is ready: models load before this, not at the top.
        from wagtail.signals import published

        from courses.licences.models import LicenceType
        from courses.licences.signals import licence_type_published

        published.connect(licence_type_published, sender=LicenceType, dispatch_uid="licences_licence_type_published")
