from django.urls import path

from community.sites import views

app_name = "sites"

urlpatterns = [
    path("", views.my_access, name="my_access"),
]
