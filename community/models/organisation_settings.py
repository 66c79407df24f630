from django.core.cache import cache
from django.core.validators import RegexValidator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from community import request_cache

# One cache entry holds every host's settings: OrganisationSettings.save and a Site change clear it.
ORGANISATION_CACHE_KEY = "home:organisation-settings"
ORGANISATION_CACHE_SECONDS = 3600

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", "Give a colour as # and six hex digits, like #1d4f91.")


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """The organisation's name and colours; the front end uses these, never GOV.UK branding."""

    organisation_name = models.CharField(max_length=120, default="Example Council")
    service_name = models.CharField(max_length=60, default="Postwise")
    brand_colour = models.CharField(
        max_length=7,
        default="#1d4f91",
        validators=[hex_colour],
        help_text="Header background. Keep a contrast of at least 4.5:1 with white text.",
    )
    support_email = models.EmailField(default="social-media@example.org")

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("service_name"),
        FieldPanel("brand_colour"),
        FieldPanel("support_email"),
    ]

    class Meta:
        verbose_name = "organisation"
        # Made by the home app (home 0001), moved to the kernel by state only (community 0011): same table.
        db_table = "home_organisationsettings"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        forget_organisation_settings()

    @classmethod
    def for_request(cls, request):
        """Wagtail's lookup (the request's site, then its settings: two queries) kept in the cache by host, so
        the header on every page costs no query."""
        attribute = cls.get_cache_attr_name()
        if hasattr(request, attribute):
            return getattr(request, attribute)
        host = request.get_host()
        by_host = request_cache.get(ORGANISATION_CACHE_KEY) or {}
        settings = by_host.get(host)
        if settings is None:
            settings = super().for_request(request)
            cache.set(ORGANISATION_CACHE_KEY, {**by_host, host: settings}, ORGANISATION_CACHE_SECONDS)
        settings._request = request
        setattr(request, attribute, settings)
        return settings


def forget_organisation_settings(**kwargs) -> None:
    """Also a receiver of Site changes (community/apps.py): a site's hostname or root decides which settings a
    host gets."""
    cache.delete(ORGANISATION_CACHE_KEY)
    request_cache.discard(ORGANISATION_CACHE_KEY)
