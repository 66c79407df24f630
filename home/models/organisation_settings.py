from django.core.validators import RegexValidator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

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
