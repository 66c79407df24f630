"""Query budgets with 1,000 accounts and 10,000 members: the register's pages cost the same however big it is."""

import csv
import io
import random

import openpyxl
import pytest
from django.contrib.auth.hashers import make_password
from django.urls import reverse
from django.utils import timezone

from community.account_metrics.models import MonthlyMeasure
from community.incidents.factories import IncidentFactory
from community.models import Member, OfficialAccount
from courses.licences.factories import LicenceTypeFactory
from courses.licences.models import Licence
from tests.community.mfa_helpers import sign_in_with_totp

pytestmark = pytest.mark.django_db

ACCOUNTS, MEMBERS = 1_000, 10_000
DEPARTMENTS = ["Environment", "Communications", "Highways", "Leisure", "Human Resources"]


@pytest.fixture
def big_register(db):
    rng = random.Random(10)
    password = make_password(None)
    members = Member.objects.bulk_create(
        Member(email=f"staff{n}@example.org", first_name=f"Staff{n}", last_name="Member", password=password)
        for n in range(MEMBERS)
    )
    licence_type = LicenceTypeFactory()
    today = timezone.localdate()
    Licence.objects.bulk_create(
        Licence(
            holder=member,
            licence_type=licence_type,
            status=Licence.Status.ACTIVE,
            issued_on=today - timezone.timedelta(days=10),
            expires_on=today + timezone.timedelta(days=300),
        )
        for member in members[: MEMBERS // 2]
    )
    platforms = list(OfficialAccount.Platform.values)
    accounts = OfficialAccount.objects.bulk_create(
        OfficialAccount(
            platform=platforms[n % len(platforms)],
            handle=f"@service{n}",
            name=f"Service {n:04d}",
            department=DEPARTMENTS[n % len(DEPARTMENTS)],
            status=OfficialAccount.Status.ACTIVE if n % 4 else OfficialAccount.Status.SUSPENDED,
            review_date=today + timezone.timedelta(days=rng.randint(-60, 300)),
            sponsor=members[n],
        )
        for n in range(ACCOUNTS)
    )
    Managed = OfficialAccount.managers.through
    Managed.objects.bulk_create(
        Managed(officialaccount=account, member=members[rng.randrange(MEMBERS)])
        for account in accounts
        for _ in range(2)
    )
    return accounts


def test_the_directory(client, basic_member, big_register, django_assert_max_num_queries):
    client.force_login(basic_member)
    with django_assert_max_num_queries(18):
        response = client.get(reverse("registers:directory"))
    assert response.status_code == 200
    assert len(response.context["page"].accounts) == 25
    next_query = response.context["next_query"]
    with django_assert_max_num_queries(18):
        response = client.get(reverse("registers:directory") + "?" + next_query + "&platform=x")
    assert response.status_code == 200
    assert all(account.platform == "x" for account in response.context["page"].accounts)


def test_the_directory_pages_through_every_active_account_once(client, basic_member, big_register):
    client.force_login(basic_member)
    seen, query = [], ""
    for _ in range(ACCOUNTS):
        response = client.get(reverse("registers:directory") + "?" + query + "&department=Highways")
        seen += [account.pk for account in response.context["page"].accounts]
        query = response.context["next_query"]
        if not query:
            break
    expected = OfficialAccount.objects.filter(status="active", department="Highways").count()
    assert len(seen) == len(set(seen)) == expected


def test_the_account_page(client, basic_member, big_register, django_assert_max_num_queries):
    client.force_login(basic_member)
    account = next(a for a in big_register if a.status == "active")
    with django_assert_max_num_queries(17):
        response = client.get(reverse("registers:account", args=[account.pk]))
    assert response.status_code == 200


def seed_measures_and_incidents(account, *, months: int, incidents: int) -> None:
    first = timezone.localdate().replace(day=1)
    month_starts = []
    for _ in range(months):
        first = (first - timezone.timedelta(days=1)).replace(day=1)
        month_starts.append(first)
    MonthlyMeasure.objects.bulk_create(
        MonthlyMeasure(
            account=account,
            month=month,
            followers=1000 + n,
            posts=20,
            engagements=400 + n,
            enquiries_answered=30,
            median_response_minutes=60,
        )
        for n, month in enumerate(month_starts)
    )
    IncidentFactory.create_batch(incidents, account=account)


@pytest.mark.parametrize("months, incidents", [(1, 1), (36, 60)])
def test_the_account_page_with_its_trend_charts_and_incidents_link(
    client, account_manager, big_register, months, incidents, django_assert_max_num_queries
):
    account = account_manager.managed_accounts.get()
    seed_measures_and_incidents(account, months=months, incidents=incidents)
    client.force_login(account_manager)
    client.get(reverse("registers:account", args=[account.pk]))
    with django_assert_max_num_queries(15):
        response = client.get(reverse("registers:account", args=[account.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'class="postwise-chart"' in page and reverse("incidents:list", args=[account.pk]) in page


def test_the_account_page_shows_no_charts_or_incidents_to_a_basic_member(client, basic_member, account_manager):
    account = account_manager.managed_accounts.get()
    seed_measures_and_incidents(account, months=3, incidents=2)
    client.force_login(basic_member)
    page = client.get(reverse("registers:account", args=[account.pk])).content.decode()
    assert 'class="postwise-chart"' not in page and "Trends" not in page
    assert reverse("incidents:list", args=[account.pk]) not in page


def test_the_admin_register_listing_and_its_exports(client, coordinator, big_register, django_assert_max_num_queries):
    sign_in_with_totp(client, coordinator)
    listing = "/admin/snippets/community/officialaccount/"
    with django_assert_max_num_queries(40):
        response = client.get(listing + "?status=active&review_overdue=true")
    assert response.status_code == 200
    with django_assert_max_num_queries(40):
        response = client.get(listing + "?export=csv")
        content = b"".join(response.streaming_content)  # the rows are read while streaming
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert len(rows) == ACCOUNTS + 1
    assert "Managers" in rows[0] and "Has a licensed manager" in rows[0]
    with django_assert_max_num_queries(40):
        response = client.get(listing + "?export=xlsx&platform=mastodon")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    expected = OfficialAccount.objects.filter(platform="mastodon").count()
    assert sheet.max_row == expected + 1
