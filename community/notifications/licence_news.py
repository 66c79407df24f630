"""In-site notifications for licence changes; the licence app sends the email itself."""

from django.dispatch import receiver
from django.urls import reverse

from community.notifications.models import Notification
from community.notifications.services import tell_member
from courses.licences.news import licence_status_changed

KINDS = {
    "suspend": Notification.Kind.LICENCE_SUSPENDED,
    "revoke": Notification.Kind.LICENCE_REVOKED,
    "reinstate": Notification.Kind.LICENCE_REINSTATED,
}


@receiver(licence_status_changed, dispatch_uid="notifications.licence_news")
def tell_holder(sender, *, licence, change, news, **kwargs) -> None:
    tell_member(member=licence.holder, kind=KINDS[change], message=news.message, link=reverse("home:my_path"))
