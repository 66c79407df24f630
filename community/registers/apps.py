from django.apps import AppConfig


class RegistersConfig(AppConfig):
    name = "community.registers"
    label = "registers"
    verbose_name = "Official accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Imported in ready(): the receivers connect once Django's app registry is ready.
        from community.registers import signals  # noqa: F401  (managers' periods, licences' lapses)
