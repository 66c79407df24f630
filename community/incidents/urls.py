"""Mounted at `official-accounts/` in postwise/urls.py, beside the register's own URLs."""

from django.urls import path

from community.incidents import views

app_name = "incidents"

urlpatterns = [
    path("incidents/", views.all_incidents, name="all"),
    path("<int:account_pk>/incidents/", views.account_incidents, name="list"),
    path("<int:account_pk>/incidents/new/", views.report, name="report"),
    path("<int:account_pk>/incidents/<int:pk>/", views.detail, name="detail"),
    path("<int:account_pk>/incidents/<int:pk>/steps/<int:step_pk>/", views.record_step, name="record_step"),
    path("<int:account_pk>/incidents/<int:pk>/close/", views.close, name="close"),
]
