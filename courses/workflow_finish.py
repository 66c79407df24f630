"""What a finished workflow publishes (the `WAGTAIL_FINISH_WORKFLOW_ACTION` setting).

Wagtail imports this while it defines its own models, so this module imports nothing.
"""

FOUR_EYES_TASK_MODEL = "foureyesapprovaltask"


def needs_four_eyes(workflow) -> bool:
    """Whether the workflow has a four eyes step, so nobody may publish its content directly."""
    if workflow is None or not workflow.active:
        return False
    return workflow.workflow_tasks.filter(task__content_type__model=FOUR_EYES_TASK_MODEL).exists()


def publish_approved_revision(workflow_state, user=None) -> None:
    """Publish once the last step approves. The approval is the permission, so the approver need not
    hold publish rights. Under four eyes the revision the reviewers approved is published, not a later
    draft nobody reviewed; otherwise the latest, as Wagtail does."""
    revision = workflow_state.content_object.get_latest_revision()
    task_state = workflow_state.current_task_state
    if task_state is not None and needs_four_eyes(workflow_state.workflow):
        revision = task_state.revision
    revision.publish(user=user, skip_permission_checks=True)
