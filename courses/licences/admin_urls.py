from django.urls import path

from courses.licences.admin_views.licence_detail import LicenceDetailView, LicenceStatusChangeView
from courses.licences.admin_views.register import LicenceRegisterView

app_name = "licences_admin"

urlpatterns = [
    path("", LicenceRegisterView.as_view(), name="register"),
    path("results/", LicenceRegisterView.as_view(results_only=True), name="register_results"),
    path("<int:pk>/", LicenceDetailView.as_view(), name="detail"),
    path("<int:pk>/<slug:change>/", LicenceStatusChangeView.as_view(), name="change_status"),
]
