from django.urls import path

from community.bestpractice import views

app_name = "bestpractice"

urlpatterns = [
    path("", views.library, name="library"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/publish/", views.publish, name="publish"),
    path("promote/<int:pk>/", views.promote, name="promote"),
]
