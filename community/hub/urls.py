from django.urls import path

from community.hub import views

app_name = "hub"

urlpatterns = [
    path("", views.hub, name="index"),
]
