"""Counts on the dashboard (two measures through the hook), the demo, and the ways in: the navigation,
My path for corporate users, and the official account pages."""

import datetime

import pytest
from django.urls import reverse

from community.measures.filters import Filters
from community.measures.units import Scope, all_measures
from community.models import OfficialAccount
from community.postcheck.demo import load_postcheck
from community.postcheck.measures import DraftsCheckedPerWeek, FindingsByKind
from community.postcheck.models import DRAFTS_CHECKED, WeeklyCheckCount, WordChoice

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2026, 11, 2)


def week(days: int) -> datetime.date:
    return MONDAY + datetime.timedelta(days=days)


@pytest.fixture
def counts():
    for monday, kind, label, count in [
        (week(0), DRAFTS_CHECKED, "Drafts checked", 5),
        (week(7), DRAFTS_CHECKED, "Drafts checked", 8),
        (week(0), "phone", "Phone number", 2),
        (week(7), "phone", "Phone number", 1),
        (week(7), "too-long", "Too long", 4),
        (week(-28), DRAFTS_CHECKED, "Drafts checked", 99),  # before the period
    ]:
        WeeklyCheckCount.objects.create(week=monday, kind=kind, label=label, count=count)


def test_both_measures_join_the_dashboard_through_the_hook():
    slugs = [measure.slug for measure in all_measures()]
    assert "drafts-checked" in slugs and "findings-by-kind" in slugs


def test_drafts_checked_per_week(counts):
    filters = Filters(department="", start=week(1), end=week(13))
    result = DraftsCheckedPerWeek().compute(filters=filters, scope=Scope(), today=week(13))
    assert result.figures == [("Drafts checked", "13")]
    assert result.rows == [["2 Nov 2026", 5], ["9 Nov 2026", 8]]
    assert result.chart.series == [("Drafts checked", [5, 8])]


def test_findings_by_kind_count_only_never_words(counts):
    filters = Filters(department="", start=week(0), end=week(13))
    result = FindingsByKind().compute(filters=filters, scope=Scope(), today=week(13))
    assert result.figures == [("Findings", "7")]
    assert result.rows == [["Too long", 4], ["Phone number", 3]]


def test_no_counts_say_so_and_a_department_filter_says_it_does_not_apply(counts):
    empty = Filters(department="", start=datetime.date(2020, 1, 1), end=datetime.date(2020, 2, 1))
    assert "No draft was checked" in DraftsCheckedPerWeek().compute(filters=empty, scope=Scope(), today=MONDAY).note
    libraries = Filters(department="Libraries", start=week(0), end=week(13))
    assert "whole organisation" in FindingsByKind().compute(filters=libraries, scope=Scope(), today=MONDAY).note


def test_the_dashboard_shows_them(client_for_role, counts):
    html = client_for_role("champion").get(reverse("measures:dashboard")).content.decode()
    assert "Drafts checked per week" in html and "Findings by kind" in html


def test_the_demo_loads_words_and_weeks_and_is_idempotent():
    load_postcheck(log=lambda message: None)
    words, rows = WordChoice.objects.count(), WeeklyCheckCount.objects.count()
    assert WordChoice.objects.filter(avoid="service user", prefer="resident").exists()
    assert WeeklyCheckCount.objects.filter(kind=DRAFTS_CHECKED).count() >= 4
    load_postcheck(log=lambda message: None)
    assert (WordChoice.objects.count(), WeeklyCheckCount.objects.count()) == (words, rows)


@pytest.mark.parametrize("role", ["basic", "champion"])
def test_every_member_sees_it_in_the_personal_menu(client_for_role, role):
    html = client_for_role(role).get(reverse("home:my_path")).content.decode()
    assert f'class="postwise-account-nav__link" href="{reverse("postcheck:check")}">Check a post' in html


@pytest.mark.parametrize(("role", "shown"), [("basic", False), ("corporate", True), ("manager", True)])
def test_my_path_suggests_it_to_corporate_users(client_for_role, role, shown):
    html = client_for_role(role).get(reverse("home:my_path")).content.decode()
    assert ("Paste a draft to check its length" in html) is shown


def test_the_official_account_page_links_to_it_with_the_account(client_for_role, account_manager):
    account = OfficialAccount.objects.filter(managers=account_manager).first()
    account.status = OfficialAccount.Status.ACTIVE
    account.save()
    html = client_for_role("basic").get(reverse("registers:account", args=[account.pk])).content.decode()
    assert f"{reverse('postcheck:check')}?account={account.pk}&amp;platform={account.platform}" in html
