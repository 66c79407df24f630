from django import template

from community.hub.selectors import latest_items

register = template.Library()


@register.inclusion_tag("hub/latest.html")
def latest_hub_posts():
    """The newest few posts from the official accounts, for the signed-in home page: one query."""
    return {"items": latest_items()}
