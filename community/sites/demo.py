"""Demo site lists: about 25 sites across the three lists, from site/demo/sites/sites.json."""

import datetime
import json
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from community.models import Member
from community.sites import services
from community.sites.domains import normalise_domain
from community.sites.models import ApiToken, SocialSite
from community.sites.tokens import issue_token

DEMO_FILE = Path(settings.BASE_DIR) / "site" / "demo" / "sites" / "sites.json"


def load_site_lists(*, log) -> None:
    """Site access lists."""
    entries = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    tech_support = Member.objects.filter(email="techsupport@example.org").first()
    today = timezone.localdate()
    added = 0
    for number, entry in enumerate(entries):
        if SocialSite.objects.filter(name=entry["name"]).exists():
            continue
        # Spread review dates; a few are overdue so the admin shows its highlighting.
        review_on = today + datetime.timedelta(days=(number * 29) % 400 - 40)
        site = SocialSite(
            name=entry["name"],
            category=entry["category"],
            access_list=entry["list"],
            rationale=entry["rationale"],
            review_on=review_on,
        )
        services.save_site(site=site, domains=sorted({normalise_domain(d) for d in entry["domains"]}), by=tech_support)
        added += 1
    log(f"site lists: {added} sites added ({len(entries)} in the demo file)")


def load_demo_token(*, log) -> None:
    """Export API token."""
    if ApiToken.objects.filter(name="Demo web proxy").exists():
        log("export API token: already made (its value was printed once, when it was made)")
        return
    value = issue_token(
        token=ApiToken(name="Demo web proxy"), by=Member.objects.filter(email="techsupport@example.org").first()
    )
    log(f"export API token “Demo web proxy”: {value}  (shown once; try /exports/sites/basic.txt with it)")
