from django.apps import AppConfig


class AccountMetricsConfig(AppConfig):
    name = "community.account_metrics"
    label = "account_metrics"
    verbose_name = "Account measures"
    default_auto_field = "django.db.models.BigAutoField"
