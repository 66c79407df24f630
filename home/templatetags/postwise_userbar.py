"""The Wagtail user bar, only on Wagtail pages: on the forum, workshops and other views it has nothing to
edit and only floats over the page."""

from django import template
from wagtail.admin.templatetags.wagtailuserbar import get_page_instance, wagtailuserbar

register = template.Library()


@register.simple_tag(takes_context=True)
def page_userbar(context) -> str:
    if get_page_instance(context) is None:
        return ""
    return wagtailuserbar(context)
