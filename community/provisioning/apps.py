from django.apps import AppConfig


class ProvisioningConfig(AppConfig):
    name = "community.provisioning"
    label = "provisioning"
    verbose_name = "Directory provisioning"
    default_auto_field = "django.db.models.BigAutoField"
