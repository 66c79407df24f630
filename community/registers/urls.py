from django.urls import path

from community.registers import views

app_name = "registers"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:pk>/", views.account, name="account"),
    path("apply/", views.apply, name="apply"),
    path("applications/", views.applications, name="applications"),
    path("applications/<int:pk>/", views.application, name="application"),
    path("applications/<int:pk>/edit/", views.edit_application, name="edit_application"),
    path("applications/<int:pk>/decide/", views.decide, name="decide"),
]
