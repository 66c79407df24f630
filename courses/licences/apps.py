from django.apps import AppConfig


class LicencesConfig(AppConfig):
    name = "courses.licences"
    label = "licences"
    verbose_name = "Licences"
