import datetime

import pytest

from community.sites.models import AccessList, SiteDomain, SocialSite


def site(name: str, access_list: str, *domains: str) -> SocialSite:
    made = SocialSite.objects.create(
        name=name,
        category="social",
        access_list=access_list,
        rationale=f"{name} is on the {access_list} list for testing.",
        review_on=datetime.date(2030, 1, 1),
    )
    for domain in domains:
        SiteDomain.objects.create(site=made, domain=domain)
    return made


@pytest.fixture
def site_lists(db):
    return {
        "tiktok": site("TikTok", AccessList.BLOCKED, "tiktok.com"),
        "facebook": site("Facebook", AccessList.BASIC, "facebook.com", "fb.com"),
        "linkedin": site("LinkedIn", AccessList.APPROVED, "linkedin.com"),
    }
