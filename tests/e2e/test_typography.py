"""Type the browser draws (issue 20, item 13): "My path" level panel in heading-sized type, not a banner;
the workshop introduction in the site's body type, not the browser's small serif."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from community.demo_accounts import DEMO_PASSWORD
from community.workshops.models import Workshop

STYLE = """(el) => { const s = getComputedStyle(el); return {size: parseFloat(s.fontSize), family: s.fontFamily}; }"""


@pytest.mark.e2e
def test_level_panel_and_workshop_introduction_use_the_sites_type(page, login_as):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    login_as(page, "newstarter@example.org", DEMO_PASSWORD)

    page.goto("/my-path/")
    level = page.get_by_role("heading", name="Your level: Basic")
    expect(level).to_be_visible()
    next_steps = page.get_by_role("heading", name="Your next steps")
    # The level is a sub-heading, smaller than the page's section headings (it was a banner title as large).
    assert level.evaluate(STYLE)["size"] < next_steps.evaluate(STYLE)["size"]

    workshop = Workshop.objects.exclude(introduction="").first()
    page.goto(f"/workshops/{workshop.pk}/")
    introduction = page.locator("main").get_by_text(workshop.introduction)
    body = page.locator("main p.govuk-body").first
    assert introduction.evaluate(STYLE) == body.evaluate(STYLE)
