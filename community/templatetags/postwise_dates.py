"""Template filters for dates: ``{{ day|calendar_date }}``, ``{{ licence.expires_on|expiry_wording }}`` and
``<time datetime="{{ post.created_at|machine_datetime }}">`` (to the second, as HTML requires)."""

from django import template

from community import dates

register = template.Library()

register.filter("calendar_date", dates.calendar_date)
register.filter("machine_datetime", dates.machine_datetime)
register.filter("exact_datetime", dates.exact_datetime)
register.filter("time_ago", dates.time_ago)


@register.filter
def expiry_wording(value) -> str:
    return dates.expiry_wording(value)
