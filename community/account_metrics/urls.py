"""Mounted at `official-accounts/` in postwise/urls.py, beside the register's own URLs."""

from django.urls import path

import community.converters  # noqa: F401  (registers the <id:…> converter)
from community.account_metrics import views

app_name = "account_metrics"

urlpatterns = [
    path("<id:account_pk>/measures/", views.measures, name="measures"),
    path("<id:account_pk>/measures/record/", views.record, name="record"),
    path("<id:account_pk>/measures/import/", views.import_csv, name="import"),
    path("<id:account_pk>/report/", views.report, name="report"),
    path("<id:account_pk>/report/pdf/", views.report_pdf, name="report_pdf"),
]
