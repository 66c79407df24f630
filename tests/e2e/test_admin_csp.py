"""The Wagtail admin's page types run under its Content-Security-Policy with no violation.

The `page` fixture fails a test on any CSP violation (tests/e2e/csp.py); this tour opens the admin's
kinds of page as the demo administrator, and a front-end page with Wagtail's user bar.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from playwright.sync_api import expect

from community.demo_accounts import DEMO_PASSWORD
from community.models import Member
from courses.models import LessonPage
from home.models import HomePage
from tests.community.mfa_helpers import totp_secret_of


@pytest.mark.e2e
def test_admin_page_types_run_without_csp_violations(page, login_as):
    cache.clear()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115 - closed with the process
    admin = Member.objects.get(email="admin@example.org")
    login_as(page, admin.email, DEMO_PASSWORD, totp_secret=totp_secret_of(admin))
    home = HomePage.objects.get()
    lesson = LessonPage.objects.live().first()
    site_id = home.get_site().pk
    addresses = [
        "/admin/",
        f"/admin/pages/{home.pk}/",
        f"/admin/pages/{home.pk}/edit/",
        f"/admin/pages/{lesson.pk}/edit/",
        f"/admin/pages/add/home/standardpage/{home.pk}/",
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/snippets/",
        f"/admin/settings/community/organisationsettings/{site_id}/",
        "/admin/users/",
        "/admin/reports/site-history/",
    ]
    for address in addresses:
        response = page.goto(address)
        assert response.status == 200, address
        expect(page.locator("#main, main").first).to_be_visible()
        page.wait_for_load_state("networkidle")
    # The user bar Wagtail adds to front-end pages for editors.
    page.goto("/")
    expect(page.locator("wagtail-userbar")).to_have_count(1)
    page.wait_for_load_state("networkidle")
