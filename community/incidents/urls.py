"""Mounted at `official-accounts/` in postwise/urls.py, beside the register's own URLs."""

from django.urls import path

import community.converters  # noqa: F401  (registers the <id:…> converter)
from community.incidents import views

app_name = "incidents"

urlpatterns = [
    path("incidents/", views.all_incidents, name="all"),
    path("<id:account_pk>/incidents/", views.account_incidents, name="list"),
    path("<id:account_pk>/incidents/new/", views.report, name="report"),
    path("<id:account_pk>/incidents/<id:pk>/", views.detail, name="detail"),
    path("<id:account_pk>/incidents/<id:pk>/steps/<id:step_pk>/", views.record_step, name="record_step"),
    path("<id:account_pk>/incidents/<id:pk>/close/", views.close, name="close"),
    path("<id:account_pk>/incidents/<id:pk>/send-lesson/", views.send_lesson, name="send_lesson"),
]
