"""Template filters for dates: ``{{ day|calendar_date }}`` and ``{{ licence.expires_on|expiry_wording }}``."""

from django import template

from community import dates

register = template.Library()

register.filter("calendar_date", dates.calendar_date)


@register.filter
def expiry_wording(value) -> str:
    return dates.expiry_wording(value)
