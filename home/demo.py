from wagtail.models import Site

from community.models import OrganisationSettings
from home.models import HomePage


def load_site(*, log) -> None:
    """Site tree and organisation settings."""
    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    if site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    settings, created = OrganisationSettings.objects.get_or_create(site=site)
    log(f"home page “{home.title}”; organisation settings {'created' if created else 'kept'}")
