from django.urls import path

import community.converters  # noqa: F401  (registers the <id:…> converter)
from community.registers import views

app_name = "registers"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<id:pk>/", views.account, name="account"),
    path("apply/", views.apply, name="apply"),
    path("applications/", views.applications, name="applications"),
    path("applications/<id:pk>/", views.application, name="application"),
    path("applications/<id:pk>/edit/", views.edit_application, name="edit_application"),
    path("applications/<id:pk>/decide/", views.decide, name="decide"),
]
