from django.urls import path

from community.postcheck import views

app_name = "postcheck"

urlpatterns = [
    path("", views.check, name="check"),
]
