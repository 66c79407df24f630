"""The Courses and Guidelines trees under the home page, champions' page permissions on them, and
the "Champion review" workflow for both. Idempotent, so a re-run or an existing tree is safe."""

from django.db import migrations

from community.roles import Role, grant_role_permissions

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
INDEX_PAGES = [
    ("courseindexpage", "Courses", "courses", "<p>Short courses on using social media well at work.</p>"),
    ("guidelineindexpage", "Guidelines", "guidelines", "<p>What we expect of everyone, by level.</p>"),
]
CHAMPION_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
WORKFLOW_NAME = "Champion review"


def _next_child_path(Page, parent) -> str:
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    number = int(last.path[-STEPLEN:], 36) + 1 if last else 1
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = ALPHABET[remainder] + digits
    return parent.path + digits.rjust(STEPLEN, "0")


def create_trees(apps, schema_editor):
    # Champions' role group exists (community 0002); this also makes sure permissions exist.
    grant_role_permissions(apps, {Role.CHAMPION: ["wagtailadmin.access_admin"]})
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    HomePage = apps.get_model("home", "HomePage")

    home = HomePage.objects.order_by("path").first()
    if home is None:
        return
    champions = Group.objects.get(name=Role.CHAMPION.value)

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=task_type, active=True)
    task.groups.add(champions)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    for model_name, title, slug, introduction in INDEX_PAGES:
        model = apps.get_model("courses", model_name)
        index = model.objects.first()
        if index is None:
            home = HomePage.objects.get(pk=home.pk)
            content_type, _ = ContentType.objects.get_or_create(app_label="courses", model=model_name)
            index = model.objects.create(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=_next_child_path(Page, home),
                depth=home.depth + 1,
                numchild=0,
                url_path=f"{home.url_path}{slug}/",
                locale_id=home.locale_id,
                live=True,
                introduction=introduction,
            )
            Page.objects.filter(pk=home.pk).update(numchild=home.numchild + 1)
        for codename in CHAMPION_PAGE_PERMISSIONS:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=champions, page_id=index.pk, permission=permission)
        WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})


def remove_trees(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=WORKFLOW_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("home", "0002_create_home_page"),
        ("community", "0002_role_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_trees, remove_trees)]
