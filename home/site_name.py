"""The Wagtail admin's name for the site, from the organisation's settings (Admin → Settings → Organisation).

`WAGTAIL_SITE_NAME` is a lazy string that calls `organisation_site_name()`: one cached value, read from the
database only when the cache is empty, and cleared when the organisation's settings are saved. Saving them
also names the Wagtail `Site`, which the admin's dashboard shows (it would otherwise show the host name,
"localhost").
"""

# Imported by the settings module, so Django's own modules are imported inside the functions.
CACHE_KEY = "postwise:wagtail-site-name"
CACHE_SECONDS = 300  # each process's cache, without Redis, forgets a renamed organisation within this
FALLBACK = "Postwise"


def site_name_for(organisation) -> str:
    return f"{organisation.service_name} – {organisation.organisation_name}"


def organisation_site_name() -> str:
    from django.core.cache import cache

    name = cache.get(CACHE_KEY)
    if name is None:
        name = _read_site_name()
        cache.set(CACHE_KEY, name, CACHE_SECONDS)
    return name


def _read_site_name() -> str:
    from django.db import DatabaseError
    from wagtail.models import Site

    # The settings module imports this one, before Django may load any model.
    from community.models import OrganisationSettings

    try:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return FALLBACK
        organisation = OrganisationSettings.objects.filter(site=site).first()
    except DatabaseError:  # before the first migration
        return FALLBACK
    return site_name_for(organisation) if organisation else FALLBACK


def organisation_saved(*, sender, instance, **kwargs) -> None:
    """post_save of OrganisationSettings: name the Wagtail Site after the organisation, forget the old name."""
    from django.core.cache import cache
    from wagtail.models import Site

    Site.objects.filter(pk=instance.site_id).update(site_name=site_name_for(instance))
    cache.delete(CACHE_KEY)
