"""Notification emails. Every one carries a signed link that turns emails off."""

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

UNSUBSCRIBE_SALT = "notifications.unsubscribe"


def unsubscribe_token(member) -> str:
    return signing.dumps({"member": member.pk}, salt=UNSUBSCRIBE_SALT)


def member_from_token(token: str):
    from django.contrib.auth import get_user_model

    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=data.get("member")).first()


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def target_of(notification) -> str:
    """Where the notification leads: its own link, else its post or topic, else the list."""
    if notification.link:
        return notification.link
    if notification.topic_id is None:
        return reverse("notifications:list")
    return notification.post.get_absolute_url() if notification.post else notification.topic.get_absolute_url()


def send_notifications(*, member, notifications, digest: str | None) -> None:
    context = {
        "member": member,
        "notifications": [{"text": n.text, "url": absolute(target_of(n))} for n in notifications],
        "digest": digest,
        "unsubscribe_url": absolute(reverse("notifications:unsubscribe", kwargs={"token": unsubscribe_token(member)})),
        "preferences_url": absolute(reverse("notifications:preferences")),
    }
    if digest:
        subject = f"Your {digest} forum digest: {len(notifications)} update{'s' if len(notifications) != 1 else ''}"
    else:
        subject = notifications[0].get_kind_display()
    send_mail(
        subject=f"[Postwise] {subject}",
        message=render_to_string("notifications/email.txt", context),
        from_email=None,
        recipient_list=[member.email],
    )
