from wagtail.models import Site

from home.demo_registry import demo_step
from home.models import HomePage, OrganisationSettings


@demo_step(order=0, name="site tree and organisation settings")
def load_site(*, log) -> None:
    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    if site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    settings, created = OrganisationSettings.objects.get_or_create(site=site)
    log(f"home page “{home.title}”; organisation settings {'created' if created else 'kept'}")
