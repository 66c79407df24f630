from django.urls import path

from courses.licences.views.certificate import certificate, certificate_download
from courses.licences.views.verify import verify_licence, verify_start

app_name = "licences"

urlpatterns = [
    path("verify/", verify_start, name="verify_start"),
    path("verify/<str:code>", verify_licence, name="verify"),
    path("<int:pk>/certificate/", certificate, name="certificate"),
    path("<int:pk>/certificate.pdf", certificate_download, name="certificate_pdf"),
]
