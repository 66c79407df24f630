"""What a finished workflow publishes (the `WAGTAIL_FINISH_WORKFLOW_ACTION` setting).

Wagtail imports this while it defines its own models, so this module imports nothing.
"""

FOUR_EYES_TASK_MODEL = "foureyesapprovaltask"

# What a revision records about its own saving, publishing and locking, rather than the content: two
# revisions that differ only here say the same thing.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "live_revision",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "expired",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def same_content(first, second) -> bool:
    """Whether two revisions of one object hold the same content. The admin's editor saves a revision
    whenever its form is sent, also by an "Approve" that changed nothing."""
    if first is None or second is None:
        return False
    if first.pk == second.pk:
        return True

    def content(revision) -> dict:
        return {key: value for key, value in revision.content.items() if key not in BOOKKEEPING_FIELDS}

    return content(first) == content(second)


def needs_four_eyes(workflow) -> bool:
    """Whether the workflow has a four eyes step, so nobody may publish its content directly."""
    if workflow is None or not workflow.active:
        return False
    return workflow.workflow_tasks.filter(task__content_type__model=FOUR_EYES_TASK_MODEL).exists()


def publish_approved_revision(workflow_state, user=None) -> None:
    """Publish once the last step approves. The approval is the permission, so the approver need not
    hold publish rights. Under four eyes the revision the reviewers approved is published, not a later
    draft nobody reviewed (the latest if its content is the same); otherwise the latest, as Wagtail does."""
    revision = workflow_state.content_object.get_latest_revision()
    task_state = workflow_state.current_task_state
    # The latest revision when it says the same (a reviewer's "Approve" from the editor saves one).
    if (
        task_state is not None
        and needs_four_eyes(workflow_state.workflow)
        and not same_content(revision, task_state.revision)
    ):
        revision = task_state.revision
    revision.publish(user=user, skip_permission_checks=True)
