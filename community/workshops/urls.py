from django.urls import path

from community.workshops import views

app_name = "workshops"

urlpatterns = [
    path("", views.workshop_list, name="list"),
    path("new/", views.new_workshop, name="new"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/statements/", views.add_statement, name="add_statement"),
    path("<int:pk>/place/", views.place, name="place"),
    path("<int:pk>/close/", views.close, name="close"),
    path("<int:pk>/results/", views.results, name="results"),
    path("<int:pk>/results.csv", views.results_export, name="export"),
    path("<int:pk>/live/", views.live, name="live"),
    path("<int:pk>/live/results/", views.live_results, name="live_results"),
    path("<int:pk>/live/reveal/", views.reveal, name="reveal"),
    path("<int:pk>/promote/", views.promote, name="promote"),
    path("join/<str:code>/", views.join, name="join"),
]
