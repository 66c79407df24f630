"""Demo site lists: about 25 sites across the three lists, from site/demo/sites/sites.yaml."""

import datetime

from django.utils import timezone
from pydantic import Field

from community.demo_data import DemoModel, read
from community.models import Member
from community.sites import services
from community.sites.domains import normalise_domain
from community.sites.models import AccessList, ApiToken, Category, SocialSite

SITES_FILE = "sites/sites.yaml"
TOKENS_FILE = "sites/tokens.yaml"


class DemoSite(DemoModel):
    name: str
    category: Category
    access_list: AccessList = Field(alias="list")
    domains: list[str]
    rationale: str


class DemoToken(DemoModel):
    name: str
    issued_by: str


def load_site_lists(*, log) -> None:
    """Site access lists."""
    entries = read(SITES_FILE, list[DemoSite])
    tech_support = Member.objects.filter(email="techsupport@example.org").first()
    today = timezone.localdate()
    added = 0
    for number, entry in enumerate(entries):
        if SocialSite.objects.filter(name=entry.name).exists():
            continue
        # Spread review dates; a few are overdue so the admin shows its highlighting.
        review_on = today + datetime.timedelta(days=(number * 29) % 400 - 40)
        site = SocialSite(
            name=entry.name,
            category=entry.category,
            access_list=entry.access_list,
            rationale=entry.rationale,
            review_on=review_on,
        )
        domains = sorted({normalise_domain(domain) for domain in entry.domains})
        services.save_site(site=site, domains=domains, by=tech_support)
        added += 1
    log(f"site lists: {added} sites added ({len(entries)} in the demo file)")


def load_demo_token(*, log) -> None:
    """Export API token."""
    for entry in read(TOKENS_FILE, list[DemoToken]):
        if ApiToken.objects.filter(name=entry.name).exists():
            log(f"export API token “{entry.name}”: already made (its value was printed once, when it was made)")
            continue
        issuer = Member.objects.filter(email=f"{entry.issued_by}@example.org").first()  # None: made by nobody
        value = services.issue_token(token=ApiToken(name=entry.name), by=issuer)
        log(f"export API token “{entry.name}”: {value}  (shown once; try /exports/sites/basic.txt with it)")
