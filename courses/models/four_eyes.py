"""Four eyes: a workflow task that the person who submitted a change, or wrote it, may not approve."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.models import AbstractGroupApprovalTask, PagePermissionTester

from courses.workflow_finish import needs_four_eyes, same_content

SELF_APPROVAL_REFUSED = "You submitted or wrote this change, so another champion must approve it."


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """Members of the chosen groups approve, except the person who submitted the change for review or
    wrote the revision under review. Used for the licence quiz's questions, the licence course's pages
    and the licence types: one champion alone can never change who passes."""

    @staticmethod
    def authors(obj) -> set[int]:
        """Who may not approve: the submitter, whoever wrote the revision under review, and whoever wrote
        the latest revision if it changed anything. The editor's "Approve" button sends the whole edit
        form, which saves the reviewer a revision before the approval; one with the same content as the
        revision under review does not make them an author."""
        ids = set()
        state = obj.current_workflow_state
        reviewed = None
        if state is not None:
            if state.requested_by_id:
                ids.add(state.requested_by_id)
            task_state = state.current_task_state
            reviewed = task_state.revision if task_state is not None else None
            if reviewed is not None and reviewed.user_id:
                ids.add(reviewed.user_id)
        latest = obj.get_latest_revision()
        if latest is not None and latest.user_id and not same_content(latest, reviewed):
            ids.add(latest.user_id)
        return ids

    def may_approve(self, obj, user) -> bool:
        return user.pk not in self.authors(obj)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and not self.may_approve(obj, user):
            return [action for action in actions if action[0] != "approve"]
        return actions

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # Checked again here: an edit saved with the approval makes the approver its author.
        if action_name == "approve" and not self.may_approve(task_state.workflow_state.content_object, user):
            raise PermissionDenied(SELF_APPROVAL_REFUSED)
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return super().get_task_states_user_can_moderate(user, **kwargs).exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return "Members of the chosen groups approve, but never the person who submitted or wrote the change"

    class Meta:
        verbose_name = "four eyes approval task"
        verbose_name_plural = "four eyes approval tasks"


class FourEyesPagePermissionTester(PagePermissionTester):
    """A page under a four eyes workflow is published only by another champion's approval."""

    def _four_eyes(self) -> bool:
        if not hasattr(self, "_needs_four_eyes"):
            self._needs_four_eyes = needs_four_eyes(self.page.get_workflow())
        return self._needs_four_eyes

    def can_publish(self):
        return super().can_publish() and not self._four_eyes()

    def can_publish_subpage(self):
        return super().can_publish_subpage() and not self._four_eyes()

    def can_unpublish(self):
        return super().can_unpublish() and not self._four_eyes()


class FourEyesPageMixin:
    """For page types that can sit in a four eyes tree (the licence course and its lessons and quiz)."""

    def permissions_for_user(self, user):
        return FourEyesPagePermissionTester(user, self)
