from django.db import transaction

from community.sites.models import SiteDomain, SiteListChange, SocialSite


def save_site(*, site: SocialSite, domains: list[str], by) -> SocialSite:
    """Saves the site and its exact set of domains; records a list change when the list moved."""
    with transaction.atomic():
        old_list = ""
        if site.pk:
            old_list = (
                SocialSite.objects.select_for_update().filter(pk=site.pk).values_list("access_list", flat=True).first()
                or ""
            )
        site.save()
        site.domains.exclude(domain__in=domains).delete()
        existing = set(site.domains.values_list("domain", flat=True))
        SiteDomain.objects.bulk_create([SiteDomain(site=site, domain=d) for d in domains if d not in existing])
        if old_list != site.access_list:
            SiteListChange.objects.create(
                site=site, site_name=site.name, changed_by=by, old_list=old_list, new_list=site.access_list
            )
    return site
