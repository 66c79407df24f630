from django import template

from home.site_name import organisation_site_name as cached_site_name

register = template.Library()


@register.simple_tag
def organisation_site_name() -> str:
    """The admin's title: the organisation's service and name (cached, see home/site_name.py)."""
    return cached_site_name()
