from django.apps import AppConfig


class PostcheckConfig(AppConfig):
    name = "community.postcheck"
    label = "postcheck"
    verbose_name = "Check a post"
    default_auto_field = "django.db.models.BigAutoField"
