from django.urls import path

import community.converters  # noqa: F401  (registers the <id:…> converter)
from courses.quizzes.admin_views import BankExportView, BankImportView

app_name = "quizzes_admin"

urlpatterns = [
    path("import/", BankImportView.as_view(), name="import"),
    path("pools/<id:pk>/export/", BankExportView.as_view(), name="export"),
]
