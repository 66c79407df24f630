from django.db import migrations

from community.roles import Role, grant_role_permissions


def create_role(apps, schema_editor):
    grant_role_permissions(
        apps,
        {
            # The admin menu links to the front-end pages; the erasure log is read there.
            Role.DATA_PROTECTION: ["wagtailadmin.access_admin", "privacy.view_erasurelog"],
            # Champions set the retention periods (Settings → Retention periods).
            Role.CHAMPION: ["privacy.change_retentionsettings"],
        },
    )


def remove_role(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=Role.DATA_PROTECTION.value).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0001_initial"),
        ("community", "0002_role_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_role, remove_role)]
