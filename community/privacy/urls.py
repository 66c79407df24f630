from django.urls import path

import community.converters  # noqa: F401  (registers the <id:…> converter)
from community.privacy import views

app_name = "privacy"

urlpatterns = [
    path("", views.notice, name="notice"),
    path("your-data/", views.request_export, name="request_export"),
    path("download/<str:token>/", views.download, name="download"),
    path("members/", views.members, name="members"),
    path("members/<id:pk>/", views.member, name="member"),
    path("members/<id:pk>/export/", views.export_for, name="export_for"),
    path("members/<id:pk>/close/", views.deactivate, name="deactivate"),
    path("members/<id:pk>/anonymise/", views.anonymise, name="anonymise"),
]
