"""Four eyes for the licence: existing licence types stay published with a first revision, and the
"Licence review" workflow (a four eyes step for champions) covers questions, question pools, licence
types and each licence course's pages. Idempotent."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import migrations
from django.utils import timezone
from modelcluster.models import get_serializable_data_for_fields

from community.roles import Role

WORKFLOW_NAME = "Licence review"
TASK_NAME = "Second champion's approval"
STEPLEN = 4


def first_revisions(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    LicenceType = apps.get_model("licences", "LicenceType")
    content_type, _ = ContentType.objects.get_or_create(app_label="licences", model="licencetype")
    now = timezone.now()
    for licence_type in LicenceType.objects.filter(live_revision__isnull=True):
        content = json.loads(json.dumps(get_serializable_data_for_fields(licence_type), cls=DjangoJSONEncoder))
        revision = Revision.objects.create(
            content_type=content_type,
            base_content_type=content_type,
            object_id=str(licence_type.pk),
            created_at=now,
            object_str=licence_type.name,
            content=content,
        )
        LicenceType.objects.filter(pk=licence_type.pk).update(
            live=True,
            has_unpublished_changes=False,
            live_revision=revision,
            latest_revision=revision,
            first_published_at=now,
            last_published_at=now,
        )


def licence_review(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    FourEyesApprovalTask = apps.get_model("courses", "FourEyesApprovalTask")
    LicenceType = apps.get_model("licences", "LicenceType")

    champions = Group.objects.filter(name=Role.CHAMPION.value).first()
    task_type, _ = ContentType.objects.get_or_create(app_label="courses", model="foureyesapprovaltask")
    task = FourEyesApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = FourEyesApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    if champions is not None:
        task.groups.add(champions)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for app_label, model in (("quizzes", "question"), ("quizzes", "questionpool"), ("licences", "licencetype")):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})
    for quiz_id in LicenceType.objects.filter(quiz__isnull=False).values_list("quiz_id", flat=True):
        quiz = Page.objects.filter(pk=quiz_id).first()
        course = Page.objects.filter(path=quiz.path[:-STEPLEN]).first() if quiz else None
        if course is not None:
            WorkflowPage.objects.update_or_create(page_id=course.pk, defaults={"workflow": workflow})


def remove_licence_review(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("licences", "0003_reviewed_licence_types"),
        ("quizzes", "0004_first_revisions"),
        ("courses", "0003_four_eyes_task"),
        ("community", "0002_role_groups"),
    ]

    operations = [
        migrations.RunPython(first_revisions, migrations.RunPython.noop),
        migrations.RunPython(licence_review, remove_licence_review),
    ]
