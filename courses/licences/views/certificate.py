"""The holder's printable certificate, and its PDF."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from community.organisation import organisation_for
from community.permissions import permissions
from courses.licences.certificate_pdf import certificate_pdf
from courses.licences.qr import qr_svg
from courses.licences.selectors import licence_for_holder


def _licence_or_404(request, pk: int):
    licence = licence_for_holder(licence_id=pk)
    if licence is None:
        raise Http404("Not found")
    permissions.check(request.user, "licences.view_certificate", licence, conceal=True)
    return licence


def _verify_url(request, licence) -> str:
    return request.build_absolute_uri(reverse("licences:verify", args=[licence.verification_code]))


@login_required
def certificate(request, pk: int):
    licence = _licence_or_404(request, pk)
    verify_url = _verify_url(request, licence)
    context = {"licence": licence, "verify_url": verify_url, "qr_svg": qr_svg(verify_url)}
    return render(request, "licences/certificate.html", context)


@login_required
def certificate_download(request, pk: int):
    licence = _licence_or_404(request, pk)
    organisation = organisation_for(request).organisation_name
    pdf = certificate_pdf(licence=licence, verify_url=_verify_url(request, licence), organisation=organisation)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="licence-{licence.pk}.pdf"'
    return response
