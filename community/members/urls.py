from django.urls import path

from community.members import views

app_name = "members"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<id:pk>/", views.profile, name="profile"),
    path("<id:pk>/photo.jpg", views.photo, name="photo"),
    path("me/photo/", views.edit_photo, name="edit_photo"),
    path("me/photo/remove/", views.remove_photo, name="remove_photo"),
]
