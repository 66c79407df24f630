"""The dashboard's pages: what each viewer sees, the filters in the URL, CSV, PDF, caching and the hook."""

import csv
import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader
from wagtail import hooks

from community.factories import MemberFactory, OfficialAccountFactory
from community.measures import charts as chart_module
from community.measures import report_pdf
from community.measures.factories import at
from community.measures.models import SponsorReport
from community.measures.services import send_monthly_reports
from community.measures.units import HOOK, Measure, Result
from community.measures.wagtail_hooks import add_measures_panel
from courses.licences.factories import LicenceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sponsor():
    """A basic member who sponsors two accounts: one without a licensed manager, one overdue for review."""
    sponsor = MemberFactory(email="director@example.org", department="Environment")
    OfficialAccountFactory(name="Recycling and waste", sponsor=sponsor, department="Environment")
    OfficialAccountFactory(
        name="Parks and open spaces",
        sponsor=sponsor,
        department="Environment",
        review_date=timezone.localdate() - datetime.timedelta(days=10),
        managers=[LicenceFactory().holder],
    )
    OfficialAccountFactory(name="Someone else's account", department="Highways")
    return sponsor


def test_champions_see_every_measure_with_charts_tables_and_exports(client, champion):
    client.force_login(champion)
    response = client.get(reverse("measures:dashboard"))
    assert response.status_code == 200
    html = response.content.decode()
    for heading in ("Members at each level", "Levels month by month", "Forum activity", "Overdue account reviews"):
        assert heading in html
    charts = re.findall(r"<svg.*?</svg>", html, flags=re.DOTALL)
    assert charts and not any("<script" in chart or "style=" in chart for chart in charts)
    assert all(f'nonce="{response.wsgi_request.csp_nonce}"' in chart for chart in charts if "<style" in chart)
    assert 'class="govuk-table"' in html and reverse("measures:measure_csv", args=["levels"]) in html
    assert "Computed at" in html


def test_measures_without_data_say_so_plainly(client, coordinator):
    client.force_login(coordinator)
    html = client.get(reverse("measures:dashboard")).content.decode()
    assert "No incident happened in the period." in html
    assert "No course is marked “required for all staff” yet" in html


def test_a_sponsor_sees_only_their_own_accounts(client, sponsor):
    client.force_login(sponsor)
    response = client.get(reverse("measures:dashboard"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your official accounts" in html
    assert "Recycling and waste" in html and "Parks and open spaces" in html
    assert "Someone else's account" not in html
    assert "Members at each level" not in html and "The licence quiz" not in html
    assert client.get(reverse("measures:measure_csv", args=["levels"])).status_code == 404
    csv_response = client.get(reverse("measures:measure_csv", args=["unmanaged-accounts"]))
    assert csv_response.status_code == 200
    assert "Someone else" not in csv_response.content.decode()
    assert client.get(reverse("measures:report_pdf")).status_code == 200


def test_a_member_who_sponsors_nothing_gets_not_found(client, basic_member, sponsor):
    client.force_login(basic_member)
    assert client.get(reverse("measures:dashboard")).status_code == 404


def test_the_csv_export_is_the_measures_table(client, champion):
    MemberFactory(department="Highways", date_joined=at(datetime.date(2025, 1, 1)))
    client.force_login(champion)
    response = client.get(reverse("measures:measure_csv", args=["levels"]), {"department": "Highways"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [
        ["Level", "Members", "Share"],
        ["Basic", "1", "100.0%"],
        ["Corporate user", "0", "0.0%"],
        ["Account manager", "0", "0.0%"],
    ]


def test_an_unknown_measure_has_no_csv(client, champion):
    client.force_login(champion)
    assert client.get(reverse("measures:measure_csv", args=["no-such-measure"])).status_code == 404
    # A placeholder measure once stood here; with the incident log built, its CSV exists.
    assert client.get(reverse("measures:measure_csv", args=["incidents"])).status_code == 200


def test_filters_live_in_the_url_and_bad_dates_are_explained(client, champion):
    client.force_login(champion)
    response = client.get(reverse("measures:dashboard"), {"start": "2026-02-30", "end": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html and 'href="#id_start"' in html
    today = timezone.localdate()
    later = (today + datetime.timedelta(days=3)).isoformat()
    html = client.get(reverse("measures:dashboard"), {"end": later}).content.decode()
    assert "The end date must be today or in the past." in html
    html = client.get(
        reverse("measures:dashboard"), {"department": "Libraries", "start": "2026-01-01", "end": "2026-03-31"}
    ).content.decode()
    assert "Libraries, 1 January 2026 to 31 March 2026" in html
    assert "department=Libraries&amp;start=2026-01-01&amp;end=2026-03-31" in html  # the exports keep the filters


def test_the_figures_are_cached_per_filter(client, champion, django_assert_max_num_queries):
    client.force_login(champion)
    first = client.get(reverse("measures:dashboard")).content.decode()
    MemberFactory(department="Libraries")
    with django_assert_max_num_queries(12):
        again = client.get(reverse("measures:dashboard")).content.decode()
    stamp = first.split('<time datetime="')[1].split('"')[0]
    assert stamp in again


def test_charts_are_drawn_once_per_computed_dashboard_with_each_requests_nonce(client, champion, monkeypatch):
    drawn = []
    real = chart_module.render_svg
    monkeypatch.setattr(chart_module, "render_svg", lambda chart, **kw: drawn.append(1) or real(chart, **kw))
    client.force_login(champion)
    first = client.get(reverse("measures:dashboard"))
    drawn_first = len(drawn)
    second = client.get(reverse("measures:dashboard"))
    assert drawn_first > 0 and len(drawn) == drawn_first  # the second request drew nothing
    for response in (first, second):
        html = response.content.decode()
        styled = [svg for svg in re.findall(r"<svg.*?</svg>", html, flags=re.DOTALL) if "<style" in svg]
        assert styled and all(f'nonce="{response.wsgi_request.csp_nonce}"' in svg for svg in styled)
        assert chart_module.NONCE_MARK not in html
    assert first.wsgi_request.csp_nonce != second.wsgi_request.csp_nonce


def _pdf_images_and_text(content: bytes) -> tuple[list, str]:
    reader = PdfReader(io.BytesIO(content))
    images = [image for page in reader.pages for image in page.images]
    text = "\n".join(page.extract_text() for page in reader.pages)
    return images, text


def test_the_pdf_report_has_every_measure_with_its_chart(client, champion):
    LicenceFactory(holder__department="Highways")
    client.force_login(champion)
    page = client.get(reverse("measures:dashboard")).content.decode()
    charts_on_page = len(re.findall(r"<svg[^>]*measure-chart", page))
    response = client.get(reverse("measures:report_pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
    images, text = _pdf_images_and_text(response.content)
    for title in ("Members at each level", "Levels month by month", "Forum activity", "Overdue account reviews"):
        assert title in text
    # Every chart on the page is a picture in the PDF, drawn at twice the page's size.
    assert charts_on_page > 0 and len(images) == charts_on_page
    assert all(image.image.width == 1600 for image in images)
    # The drawing is pygal's, styled by its stylesheet: the first series is GOV.UK blue (#1d70b8, drawn at
    # pygal's 70% opacity over white), not the black that an unstyled drawing would have.
    levels = images[0].image.convert("RGB")
    commonest = sorted(levels.getcolors(maxcolors=1 << 22), reverse=True)
    assert commonest[0][1] == (255, 255, 255)  # the background
    red, green, blue = commonest[1][1]  # the bars
    assert abs(red - 96) <= 2 and abs(green - 154) <= 2 and abs(blue - 205) <= 2


def test_an_app_adds_a_measure_through_the_hook(client, champion):
    class Visits(Measure):
        slug = "visits"
        title = "Visits by risk"
        description = "From another app."

        def compute(self, *, filters, scope, today):
            return Result(columns=["Risk", "Incidents"], rows=[["Reputation", 2]])

    client.force_login(champion)
    with hooks.register_temporarily(HOOK, lambda: [Visits()]):
        html = client.get(reverse("measures:dashboard"), {"department": ""}).content.decode()
    assert "Visits by risk" in html and "Reputation" in html
    assert html.count('id="visits"') == 1


def test_the_admin_dashboard_panel_shows_headline_figures(champion, basic_member):
    request = RequestFactory().get("/admin/")
    request.user = champion
    panels = []
    add_measures_panel(request, panels)
    html = panels[0].render_html({})
    assert "Members" in html and reverse("measures:dashboard") in html
    request.user = basic_member
    nothing = []
    add_measures_panel(request, nothing)
    assert nothing == []


def test_each_sponsor_gets_the_monthly_report_once(sponsor):
    other = MemberFactory(email="head-of-highways@example.org")
    OfficialAccountFactory(name="Roads", sponsor=other)
    first_of_month = datetime.date(2026, 12, 1)
    assert send_monthly_reports(today=first_of_month) == 2
    assert send_monthly_reports(today=first_of_month) == 0
    assert len(mail.outbox) == 2
    to_sponsor = next(message for message in mail.outbox if message.to == ["director@example.org"])
    assert "November 2026" in to_sponsor.subject
    name, content, mimetype = to_sponsor.attachments[0]
    assert (name, mimetype) == ("measures-2026-11.pdf", "application/pdf") and content.startswith(b"%PDF")
    images, text = _pdf_images_and_text(content)
    assert "Recycling and waste" in text and "Someone else" not in text
    assert images  # the sponsor's accounts' charts
    assert SponsorReport.objects.filter(month=datetime.date(2026, 11, 1)).count() == 2


def test_the_command_is_safe_to_run_twice(sponsor):
    out = io.StringIO()
    call_command("send_sponsor_reports", stdout=out)
    call_command("send_sponsor_reports", stdout=out)
    assert out.getvalue().splitlines() == ["1 sponsor report(s) sent.", "0 sponsor report(s) sent."]
    assert len(mail.outbox) == 1 and SponsorReport.objects.count() == 1


@pytest.mark.parametrize(
    "query",
    [
        {"start": "\x00", "end": "\x00"},
        {"start": "0001-01-01", "end": "9999-12-31"},
        {"start": "0001-01-01"},
        {"department": "\x00"},
        {"department": "x" * 10_000},
        {"start": ["2026-01-01", "2026-02-01"], "end": "2026-13-01"},
    ],
)
def test_junk_filters_are_explained_never_a_server_error(client, champion, query):
    client.force_login(champion)
    for url in (
        reverse("measures:dashboard"),
        reverse("measures:measure_csv", args=["levels"]),
        reverse("measures:report_pdf"),
    ):
        assert client.get(url, query).status_code == 200
    html = client.get(reverse("measures:dashboard"), query).content.decode()
    assert "govuk-error-summary" in html


def test_the_same_figures_as_a_pdf_are_drawn_once(client, champion, monkeypatch):
    """Each chart becomes a picture for the PDF, which is slow; a second request for the same computed dashboard
    is served from the cache, and a different filter is drawn afresh."""
    drawn = []
    real_png = report_pdf.chart_png
    monkeypatch.setattr(report_pdf, "chart_png", lambda svg: drawn.append(svg) or real_png(svg))
    LicenceFactory(holder__department="Highways")
    client.force_login(champion)
    first = client.get(reverse("measures:report_pdf"))
    pictures = len(drawn)
    assert first.status_code == 200 and pictures > 0
    second = client.get(reverse("measures:report_pdf"))
    assert second.content == first.content and len(drawn) == pictures
    other = client.get(reverse("measures:report_pdf"), {"department": "Highways"})
    assert other.status_code == 200 and len(drawn) > pictures
