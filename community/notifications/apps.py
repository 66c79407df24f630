from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "community.notifications"
    label = "notifications"
    verbose_name = "Notifications"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Django connects receivers once the app registry is ready, so these modules load here, not at the top:
        # the forum's and the licences' news become notifications.
        from community.notifications import forum_news, licence_news  # noqa: F401
