from django.db import IntegrityError, transaction
from django.utils import timezone

from community.refusals import Refused
from community.sites.models import SiteDomain, SiteListChange, SiteListsState, SocialSite
from community.sites.selectors import domain_clashes


def save_site(*, site: SocialSite, domains: list[str], by) -> SocialSite:
    """Saves the site and its exact set of domains; records a list change when the list moved.

    A domain another site took a moment ago (two people adding it at once, after both forms checked)
    is refused beside the domains field, and nothing is saved.
    """
    adding = site.pk is None
    try:
        return _save_site(site=site, domains=domains, by=by)
    except Refused:
        if adding:  # the insert was rolled back: the form shows a site still to be added
            site.pk = None
        raise


def _save_site(*, site: SocialSite, domains: list[str], by) -> SocialSite:
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
        try:
            with transaction.atomic():
                SiteDomain.objects.bulk_create([SiteDomain(site=site, domain=d) for d in domains if d not in existing])
        except IntegrityError:
            clashes = domain_clashes(domains=domains, except_site_id=site.pk)
            raise Refused(" ".join(clashes) or "A domain was just added elsewhere. Try again.", field="domains")
        if old_list != site.access_list:
            SiteListChange.objects.create(
                site=site, site_name=site.name, changed_by=by, old_list=old_list, new_list=site.access_list
            )
    return site


def mark_lists_changed() -> None:
    """Moves the exports' Last-Modified to now. Called on every write to a site or a domain."""
    now = timezone.now()
    if not SiteListsState.objects.filter(pk=1).update(changed_at=now):
        SiteListsState.objects.update_or_create(pk=1, defaults={"changed_at": now})
