from django.urls import path

from community.measures import views

app_name = "measures"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("report.pdf", views.report_pdf, name="report_pdf"),
    path("<slug:slug>.csv", views.measure_csv, name="measure_csv"),
]
