"""Every write to a site or a domain, however it is made (the admin, a bulk delete, the demo), moves the
exports' Last-Modified, in the same transaction as the write."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from community.sites import services
from community.sites.models import SiteDomain, SocialSite


@receiver([post_save, post_delete], sender=SocialSite, dispatch_uid="sites_lists_changed_site")
@receiver([post_save, post_delete], sender=SiteDomain, dispatch_uid="sites_lists_changed_domain")
def lists_changed(**kwargs) -> None:
    services.mark_lists_changed()
