from django import template

from community.notifications.selectors import unread_count

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notifications(context) -> int:
    """For the header: `{% load notification_tags %}{% unread_notifications as count %}`."""
    user = context.get("request").user if context.get("request") else None
    if not getattr(user, "is_authenticated", False):
        return 0
    return unread_count(member=user)
