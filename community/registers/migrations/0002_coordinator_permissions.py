from django.db import migrations

from community.roles import Role, grant_role_permissions


def grant(apps, schema_editor):
    grant_role_permissions(
        apps,
        {
            Role.COORDINATOR: [
                "community.add_officialaccount",
                "community.change_officialaccount",
                "community.view_officialaccount",
                "registers.view_statuschange",
                "registers.view_managerlapse",
                "registers.view_application",
            ]
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("registers", "0001_initial"),
        ("community", "0005_official_account_register_details"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
