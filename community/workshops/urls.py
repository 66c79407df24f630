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
]
