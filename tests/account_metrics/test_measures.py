"""Monthly measures: the form and the CSV import (all or nothing, errors by line), the charts under the
strict CSP, the sponsor report and its PDF, who may see them, and query budgets."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.account_metrics.models import MonthlyMeasure
from community.account_metrics.months import add_months, this_month
from community.factories import MemberFactory, OfficialAccountFactory
from community.incidents.factories import IncidentFactory
from courses.licences.factories import LicenceFactory

pytestmark = pytest.mark.django_db

HEADER = "month,followers,posts,engagements,enquiries_answered,median_response_minutes\n"


def month(offset: int) -> str:
    return f"{add_months(this_month(), offset):%Y-%m}"


def upload(text: str | bytes, name: str = "measures.csv") -> SimpleUploadedFile:
    content = text.encode("utf-8") if isinstance(text, str) else text
    return SimpleUploadedFile(name, content, content_type="text/csv")


@pytest.fixture
def account(account_manager):
    return account_manager.managed_accounts.get()


@pytest.fixture
def manager_client(client, account_manager):
    client.force_login(account_manager)
    return client


def import_file(client, account, file):
    return client.post(reverse("account_metrics:import", args=[account.pk]), {"file": file})


def test_a_good_file_saves_every_month_and_reimporting_updates(manager_client, account):
    rows = "".join(f"{month(-n)},{1000 + n},10,500,20,60\n" for n in range(12, 0, -1))
    response = import_file(manager_client, account, upload(HEADER + rows))
    assert response.status_code == 302
    assert MonthlyMeasure.objects.filter(account=account).count() == 12
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["Imported. 12 months added."]

    again = f"{month(-1)},2222,10,500,20,60\n{month(-13)},900,10,500,20,60\n"
    response = import_file(manager_client, account, upload(HEADER + again))
    assert response.status_code == 302
    assert MonthlyMeasure.objects.get(account=account, month=add_months(this_month(), -1)).followers == 2222
    assert MonthlyMeasure.objects.filter(account=account).count() == 13
    assert [str(m) for m in response.wsgi_request._messages][-1] == "Imported. 1 month added and 1 month updated."


def test_a_bad_file_lists_every_problem_by_line_and_saves_nothing(manager_client, account):
    text = HEADER + (
        f"{month(-3)},1000,10,500,20,60\n"  # line 2: good
        f"{month(-2)},-5,10,500,20,60\n"  # line 3: negative
        f"{month(1)},1000,10,500,20,60\n"  # line 4: future month
        f"{month(-1)},20000000000,10,500,20,60\n"  # line 5: absurd followers
        f"{month(-3)},1000,10,500,20,60\n"  # line 6: the month of line 2 again
        "March,1000,ten,500,20,60\n"  # line 7: not a month, not a number
    )
    response = import_file(manager_client, account, upload(text))
    assert response.status_code == 400
    errors = response.context["line_errors"]
    lines = [line for line, _ in errors]
    assert lines == [3, 4, 5, 6, 7, 7]
    problems = dict(errors[:4])
    assert problems[3] == "followers: Followers cannot be negative."
    assert problems[4].startswith("month: The month cannot be in the future")
    assert problems[5] == "followers: Followers must be 10,000,000,000 or fewer: check the number."
    assert problems[6] == f"month: {month(-3)} is also on line 2."
    html = response.content.decode()
    assert "Line 3" in html and "Nothing was saved" in html
    assert MonthlyMeasure.objects.count() == 0


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (upload("month,followers\n2026-01,1\n".encode("utf-16")), "The file is not a CSV file"),
        (upload(HEADER.encode() + "2026-01,1000,10,500,20,60 caf\xe9\n".encode("latin-1")), "not UTF-8"),
        (upload(b"PK\x03\x04 a spreadsheet", "measures.xlsx"), "The file is not a CSV file"),
        (upload("just some words\n"), "The first line must name the columns"),
        (upload(HEADER + "x" * (1024 * 1024)), "Choose a CSV file of 1 MB or less"),
        (upload(""), "The file is empty"),
        (upload(HEADER), "no rows of measures"),
    ],
    ids=["utf-16", "latin-1", "xlsx", "no header", "over 1 MB", "empty", "header only"],
)
def test_a_file_that_cannot_be_read_is_refused_beside_the_field(manager_client, account, file, message):
    response = import_file(manager_client, account, file)
    assert response.status_code == 400
    assert any(message in error for error in response.context["form"].errors["file"]), response.context["form"].errors
    assert 'href="#id_file"' in response.content.decode()
    assert MonthlyMeasure.objects.count() == 0


def test_the_form_records_a_month_and_refuses_bad_numbers_beside_their_fields(manager_client, account):
    url = reverse("account_metrics:record", args=[account.pk])
    bad = {"month": month(1), "followers": "-1", "posts": "1", "engagements": "abc", "enquiries_answered": "",
           "median_response_minutes": "99999999"}  # fmt: skip
    response = manager_client.post(url, bad)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["month"][0].startswith("The month cannot be in the future")
    assert errors["followers"] == ["Followers cannot be negative."]
    assert errors["engagements"] == ["Enter engagements as a whole number, for example 120."]
    assert errors["enquiries_answered"] == ["Enter enquiries answered, or 0."]
    assert errors["median_response_minutes"][0].startswith("Median response time (minutes) must be 44,640 or fewer")
    assert 'href="#id_followers"' in response.content.decode()
    assert MonthlyMeasure.objects.count() == 0

    good = {"month": month(-1), "followers": "1200", "posts": "9", "engagements": "300", "enquiries_answered": "4",
            "median_response_minutes": "30"}  # fmt: skip
    assert manager_client.post(url, good).status_code == 302
    assert manager_client.post(url, {**good, "followers": "1300"}).status_code == 302
    assert MonthlyMeasure.objects.get().followers == 1300


def test_the_charts_are_svg_with_no_script_or_inline_style_and_a_table_beside_each(manager_client, account):
    MonthlyMeasure.objects.bulk_create(
        MonthlyMeasure(account=account, month=add_months(this_month(), -n), followers=1000 + n, posts=n,
                       engagements=10 * n, enquiries_answered=n, median_response_minutes=30)
        for n in range(1, 15)
    )  # fmt: skip
    response = manager_client.get(reverse("account_metrics:measures", args=[account.pk]))
    html = response.content.decode()
    charts = response.context["charts"]
    assert [chart.title for chart in charts] == [
        "Followers", "Posts", "Engagements", "Enquiries answered", "Median response time (minutes)"
    ]  # fmt: skip
    assert len(charts[0].points) == 12
    assert html.count("<svg") >= 5
    main = html[html.index("<main") : html.index("</main>")]
    assert "<script" not in main and "<style" not in main and "style=" not in main
    assert 'role="img"' in html and "The figures are in the table that follows." in html
    assert html.count("the figures</span>") == 5


def test_the_sponsor_report_shows_measures_incidents_lessons_review_and_licences(client, account, account_manager):
    sponsor = MemberFactory(email="director@example.org", first_name="Dana", last_name="Director")
    lapsed = MemberFactory(email="lapsed@example.org", first_name="Lee", last_name="Lapsed")
    issued = timezone.localdate() - datetime.timedelta(days=800)
    LicenceFactory(holder=lapsed, issued_on=issued, expires_on=issued + datetime.timedelta(days=365))
    account.managers.add(lapsed)
    account.sponsor = sponsor
    account.review_date = datetime.date(2027, 3, 31)
    account.save()
    MonthlyMeasure.objects.create(account=account, month=add_months(this_month(), -2), followers=4321, posts=1,
                                  engagements=1, enquiries_answered=1, median_response_minutes=1)  # fmt: skip
    IncidentFactory(
        account=account,
        summary="Photo used without permission",
        risk="intellectual_property",
        happened_at=timezone.now() - datetime.timedelta(days=45),
        status="closed",
        closed_at=timezone.now(),
        lesson="Use the image library.",
    )

    client.force_login(sponsor)
    response = client.get(reverse("account_metrics:report", args=[account.pk]) + f"?from={month(-3)}&to={month(-1)}")
    html = response.content.decode()
    assert response.status_code == 200
    for text in ("4321", "Photo used without permission", "Use the image library.", "31 March 2027", "Expired"):
        assert text in html, text
    assert "Valid until" in html  # the fixture manager's licence

    pdf = client.get(reverse("account_metrics:report_pdf", args=[account.pk]) + f"?from={month(-3)}&to={month(-1)}")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_a_report_period_that_ends_before_it_starts_is_refused_beside_the_field(client, coordinator, account):
    client.force_login(coordinator)
    response = client.get(reverse("account_metrics:report", args=[account.pk]) + "?from=2026-05&to=2026-01")
    assert response.status_code == 400
    assert response.context["form"].errors["to"] == ["The end month must be the same as, or after, the start month."]


def test_a_sponsor_sees_the_measures_but_may_not_record_them(client, account):
    sponsor = MemberFactory(email="sponsor@example.org")
    account.sponsor = sponsor
    account.save()
    client.force_login(sponsor)
    assert client.get(reverse("account_metrics:measures", args=[account.pk])).status_code == 200
    assert client.get(reverse("account_metrics:record", args=[account.pk])).status_code == 403


def test_the_database_refuses_a_second_row_for_the_same_account_and_month(account):
    values = {"followers": 1, "posts": 1, "engagements": 1, "enquiries_answered": 1, "median_response_minutes": 1}
    MonthlyMeasure.objects.create(account=account, month=add_months(this_month(), -1), **values)
    with pytest.raises(IntegrityError), transaction.atomic():
        MonthlyMeasure.objects.create(account=account, month=add_months(this_month(), -1), **values)
    with pytest.raises(IntegrityError), transaction.atomic():
        MonthlyMeasure.objects.create(
            account=account, month=add_months(this_month(), -2), **{**values, "followers": 10**10 + 1}
        )


@pytest.mark.parametrize("months", [3, 60])
def test_the_measures_page_and_report_keep_to_a_query_budget(
    client, account, account_manager, months, django_assert_max_num_queries
):
    for _ in range(5 if months == 60 else 0):
        account.managers.add(MemberFactory())
        OfficialAccountFactory(managers=[account_manager])
    MonthlyMeasure.objects.bulk_create(
        MonthlyMeasure(account=account, month=add_months(this_month(), -n), followers=n, posts=n, engagements=n,
                       enquiries_answered=n, median_response_minutes=n)
        for n in range(1, months + 1)
    )  # fmt: skip
    IncidentFactory.create_batch(months // 3, account=account, happened_at=timezone.now() - datetime.timedelta(days=40))
    client.force_login(account_manager)
    report = reverse("account_metrics:report", args=[account.pk]) + f"?from={month(-months)}&to={month(-1)}"
    for address in (reverse("account_metrics:measures", args=[account.pk]), report):
        client.get(address)
        with django_assert_max_num_queries(16):
            assert client.get(address).status_code == 200


def _cost(client, method: str, address: str, data=None) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.post(address, data) if method == "post" else client.get(address)
    assert response.status_code in (200, 302), response.status_code
    return len(captured)


def _record_and_import_costs(client, account, *, rows: int) -> dict[str, int]:
    record = reverse("account_metrics:record", args=[account.pk])
    importing = reverse("account_metrics:import", args=[account.pk])
    client.get(record)
    lines = "".join(f"{month(-n)},{1000 + n},20,900,30,60\n" for n in range(1, rows + 1))
    return {
        "record": _cost(client, "get", record),
        "record a month": _cost(client, "get", record + f"?month={month(-1)}"),
        "import": _cost(client, "get", importing),
        "record (post)": _cost(client, "post", record, {"month": month(-2), **FIGURES}),
        "import (post)": _cost(client, "post", importing, {"file": upload(HEADER + lines)}),
    }


FIGURES = {"followers": "1500", "posts": "20", "engagements": "900", "enquiries_answered": "30",
           "median_response_minutes": "60"}  # fmt: skip


def test_the_record_and_import_pages_cost_the_same_with_few_or_many_months(manager_client, account, account_manager):
    few = _record_and_import_costs(manager_client, account, rows=2)
    for _ in range(5):
        OfficialAccountFactory(managers=[account_manager])
    MonthlyMeasure.objects.bulk_create(
        MonthlyMeasure(account=account, month=add_months(this_month(), -n), followers=n, posts=n, engagements=n,
                       enquiries_answered=n, median_response_minutes=n)
        for n in range(31, 121)
    )  # fmt: skip
    # Both imports add some months and update others: here 28 added and 32 updated.
    many = _record_and_import_costs(manager_client, account, rows=60)
    print("record and import queries:", few, many)
    assert many == few
    assert max(many.values()) <= 16, many
