"""The home app's own panel on the signed-in home page: the member's next step from My path.

The panel is the member's own, so it is kept per member (`shared_fragment(..., member_id=…)`), under their
level, roles and the day (a licence's validity and renewal window follow the date). The receivers below,
connected by the app's `ready`, forget it: everyone's when a page, a guideline version or a licence type
changes (course and guideline steps read live pages; the licence step reads the licence types), one member's
when their own lesson completion, enrolment, acknowledgement, licence, application or authenticator changes.
"""

from allauth.mfa.models import Authenticator
from django.db.models.signals import post_delete, post_save
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.models import get_page_models

from community.home_panels import HomePanel, forget_shared, member_fragment_name, shared_fragment
from community.permissions import permissions
from community.registers.models import Application
from community.viewer import ViewerFacts
from courses.licences.models import Licence, LicenceType
from courses.models import Enrolment, GuidelineAcknowledgement, GuidelineVersion, LessonCompletion
from home.selectors import my_path_for, next_step

FRAGMENT = "next-step"


def next_step_panel(*, member, facts: ViewerFacts) -> HomePanel | None:
    """No query once the member's panel is in the cache; otherwise what My path costs."""
    if not permissions.can(member, "site.use"):
        return None
    roles = ",".join(sorted(role.name for role in facts.roles))
    audience = f"{facts.level}:{roles}:{facts.is_superuser}:{timezone.localdate().isoformat()}"
    html = shared_fragment(FRAGMENT, audience=audience, member_id=member.pk, render=lambda: _render(member, facts))
    return HomePanel(key="next-step", title="Your next step", html=html)


def _render(member, facts: ViewerFacts) -> str:
    my_path = my_path_for(member=member, facts=facts)
    return render_to_string("home/panels/next_step.html", {"my_path": my_path, "step": next_step(my_path=my_path)})


def _everyone_changed(**kwargs) -> None:
    forget_shared(FRAGMENT)


def _one_member_changed(*, member_field: str):
    def receiver(*, instance, **kwargs) -> None:
        forget_shared(member_fragment_name(FRAGMENT, member_id=getattr(instance, member_field)))

    return receiver


_MEMBER_ROWS = {
    LessonCompletion: "member_id",
    Enrolment: "member_id",
    GuidelineAcknowledgement: "member_id",
    Licence: "holder_id",
    Application: "applicant_id",
    Authenticator: "user_id",
}


def connect() -> None:
    """Called by the app's `ready`, once every page model is known. Publishing, unpublishing and moving a page
    each save its row (a move saves it as a plain `Page`), so the page models' own signals cover them."""
    for model in [*get_page_models(), GuidelineVersion, LicenceType]:
        uid = f"home-next-step-{model._meta.label_lower}"
        post_save.connect(_everyone_changed, sender=model, dispatch_uid=f"{uid}-saved")
        post_delete.connect(_everyone_changed, sender=model, dispatch_uid=f"{uid}-deleted")
    for model, member_field in _MEMBER_ROWS.items():
        receiver = _one_member_changed(member_field=member_field)
        uid = f"home-next-step-{model._meta.label_lower}"
        # weak=False: the receiver is made here and nothing else holds it.
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}-saved")
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}-deleted")
