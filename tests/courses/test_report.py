"""The course completion report: champions only, filters, CSV and XLSX export."""

import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from community.factories import MemberFactory
from courses.models import Enrolment
from tests.community.mfa_helpers import sign_in_with_totp
from tests.conftest import ROLE_NAMES

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/course-completions/"


@pytest.fixture
def completions(induction, optional_course):
    libraries = MemberFactory(first_name="Ada", last_name="Reader", department="Libraries")
    waste = MemberFactory(first_name="Bob", last_name="Binman", department="Waste")
    unfinished = MemberFactory(first_name="Cy", last_name="Later", department="Waste")
    Enrolment.objects.create(member=libraries, course=induction, completed_at=timezone.now())
    Enrolment.objects.create(
        member=waste, course=optional_course, completed_at=timezone.now() - timezone.timedelta(days=40)
    )
    Enrolment.objects.create(member=unfinished, course=induction)
    return {"induction": induction, "optional": optional_course}


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_only_champions_see_the_report(role, client_for_role, member_for_role, completions):
    member = member_for_role(role)
    client = client_for_role(role)
    if member is not None:
        sign_in_with_totp(client, member)
    response = client.get(REPORT_URL)
    if role == "champion":
        assert response.status_code == 200
        assert "Ada Reader" in response.content.decode()
    elif role == "anonymous":
        assert response.status_code == 302
    else:
        assert response.status_code in (302, 403)
        assert "Ada Reader" not in response.content.decode()


def test_report_is_in_the_reports_menu_for_champions_only(client, champion, coordinator, completions):
    sign_in_with_totp(client, champion)
    assert REPORT_URL in client.get("/admin/").content.decode()
    sign_in_with_totp(client, coordinator)
    assert REPORT_URL not in client.get("/admin/").content.decode()


def rows_of(response) -> list[str]:
    return b"".join(response.streaming_content).decode().strip().splitlines()


def test_lists_completions_only_and_filters(client, champion, completions):
    sign_in_with_totp(client, champion)
    page = client.get(REPORT_URL).content.decode()
    assert "Ada Reader" in page and "Bob Binman" in page and "Cy Later" not in page
    page = client.get(REPORT_URL, {"course": completions["induction"].pk}).content.decode()
    assert "Ada Reader" in page and "Bob Binman" not in page
    page = client.get(REPORT_URL, {"department": "Waste"}).content.decode()
    assert "Bob Binman" in page and "Ada Reader" not in page
    since = (timezone.localdate() - timezone.timedelta(days=7)).isoformat()
    page = client.get(REPORT_URL, {"completed_at_from": since}).content.decode()
    assert "Ada Reader" in page and "Bob Binman" not in page


def test_csv_export_honours_filters(client, champion, completions):
    sign_in_with_totp(client, champion)
    response = client.get(REPORT_URL, {"export": "csv", "department": "Waste"})
    assert response.status_code == 200
    assert "course-completions.csv" in response["Content-Disposition"]
    rows = rows_of(response)
    assert rows[0] == "Name,Email,Department,Course,Completed at"
    assert len(rows) == 2 and rows[1].startswith("Bob Binman,") and ",Waste,Representing the organisation," in rows[1]


def test_xlsx_export(client, champion, completions):
    sign_in_with_totp(client, champion)
    response = client.get(REPORT_URL, {"export": "xlsx"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(content)).active
    values = list(sheet.values)
    assert values[0] == ("Name", "Email", "Department", "Course", "Completed at")
    assert {row[0] for row in values[1:]} == {"Ada Reader", "Bob Binman"}


def test_results_url_for_filtering_without_reload(client, champion, completions):
    sign_in_with_totp(client, champion)
    response = client.get(reverse("course_completion_report_results"), {"department": "Libraries"})
    assert response.status_code == 200 and "Ada Reader" in response.content.decode()


def test_bad_filter_values_do_not_break_the_report(client, champion, completions):
    sign_in_with_totp(client, champion)
    for params in ({"department": "Nowhere"}, {"completed_at_from": "yesterday-ish"}, {"course": "abc"}):
        assert client.get(REPORT_URL, params).status_code == 200
