import io

import pytest
from PIL import Image

from courses.licences.certificate_pdf import certificate_pdf
from courses.licences.factories import LicenceFactory
from courses.licences.qr import qr_png
from tests.conftest import ROLE_NAMES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_a_certificate_is_for_its_holder_alone(client_for_role, member_for_role, role):
    others = LicenceFactory(holder__first_name="Gwen", holder__last_name="Price")
    client = client_for_role(role)
    for url in (f"/licences/{others.pk}/certificate/", f"/licences/{others.pk}/certificate.pdf"):
        response = client.get(url)
        if role == "anonymous":
            # Signed-out holders are asked to sign in, whichever licence the link names.
            assert response.status_code == 302 and response.url.startswith("/accounts/login/")
        else:
            assert response.status_code == 404
        assert "Gwen Price" not in response.content.decode(errors="ignore")
    member = member_for_role(role)
    if member is not None:
        own = LicenceFactory(holder=member, licence_type__name="Own test licence")
        assert client.get(f"/licences/{own.pk}/certificate/").status_code == 200
        assert client.get(f"/licences/{own.pk}/certificate.pdf").status_code == 200


def test_the_certificate_page_has_the_qr_code_and_verification_address(client, corporate_member):
    licence = corporate_member.licences.get()
    client.force_login(corporate_member)
    html = client.get(f"/licences/{licence.pk}/certificate/").content.decode()
    verify_url = f"http://testserver/licences/verify/{licence.verification_code}"
    assert verify_url in html
    assert "<svg" in html and 'aria-label="QR code linking to the licence check page"' in html
    assert corporate_member.display_name in html
    assert f"{licence.expires_on:%-d %B %Y}" in html
    assert "postwise-no-print" in html
    assert "Download PDF" in html


def test_the_pdf_is_a_pdf_with_the_holder_and_the_address(client, corporate_member):
    licence = corporate_member.licences.get()
    client.force_login(corporate_member)
    response = client.get(f"/licences/{licence.pk}/certificate.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="licence-{licence.pk}.pdf"'
    assert response.content.startswith(b"%PDF-")


def test_the_pdf_survives_names_outside_latin_1():
    licence = LicenceFactory(holder__first_name="Łukasz", holder__last_name="Nowak–Żak")
    pdf = certificate_pdf(licence=licence, verify_url="http://testserver/licences/verify/x", organisation="Cyngor")
    assert pdf.startswith(b"%PDF-")


def test_the_qr_code_is_a_real_image_of_a_useful_size():
    image = qr_png("http://testserver/licences/verify/abc")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    assert Image.open(io.BytesIO(buffer.getvalue())).size[0] >= 200
