"""Lets Wagtail's admin ask the one permission handler instead of Django's model permissions."""

from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from community.models import Member
from community.permissions import permissions
from community.roles import ROLE_GROUP_NAMES
from courses.workflow_finish import needs_four_eyes


class HandlerPermissionPolicy(BasePermissionPolicy):
    """Every admin action on the model is allowed exactly when the handler allows `action`."""

    def __init__(self, model, *, action: str):
        super().__init__(model)
        self.action = action

    def user_has_permission(self, user, action):
        return permissions.can(user, self.action)

    def user_has_any_permission(self, user, actions):
        return permissions.can(user, self.action)

    def users_with_any_permission(self, actions):
        # Only superusers and role holders can pass an admin rule, so only they are checked.
        staff = Member.objects.filter(Q(is_superuser=True) | Q(groups__name__in=ROLE_GROUP_NAMES), is_active=True)
        allowed = [member.pk for member in staff.distinct() if permissions.can(member, self.action)]
        return Member.objects.filter(pk__in=allowed)


class ReviewedPermissionPolicy(HandlerPermissionPolicy):
    """As the handler allows, except publishing directly while the model's workflow has a four eyes step:
    then only another champion's approval publishes (`courses.models.FourEyesApprovalTask`)."""

    def _publishing_refused(self, action: str) -> bool:
        return action == "publish" and needs_four_eyes(self.model.get_default_workflow())

    def user_has_permission(self, user, action):
        return not self._publishing_refused(action) and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
