"""The generic relations Wagtail's reviewed snippets need (revisions, workflow states), named per model."""

from django.contrib.contenttypes.fields import GenericRelation


def revisions_relation(name: str) -> GenericRelation:
    return GenericRelation("wagtailcore.Revision", related_query_name=name)


def workflow_states_relation(name: str) -> GenericRelation:
    return GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name=name,
        for_concrete_model=False,
    )
