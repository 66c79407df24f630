"""The Wagtail user bar, only on Wagtail pages: on the forum, workshops and other views it has nothing to
edit and only floats over the page."""

from django import template
from wagtail.admin.templatetags.wagtailuserbar import get_page_instance, wagtailuserbar

from community.permissions import permissions

register = template.Library()


@register.simple_tag(takes_context=True)
def page_userbar(context) -> str:
    if get_page_instance(context) is None:
        return ""
    # Only people who may enter the admin see the bar: asking our rule first (the viewer's cached facts)
    # spares everyone else Django's two permission queries.
    request = context.get("request")
    if request is None or not permissions.can(request.user, "admin.enter"):
        return ""
    return wagtailuserbar(context)
