"""Champions keep the words to avoid and the reading-ease target in the admin."""

from django.db import migrations

from community.roles import Role, grant_role_permissions


def grant(apps, schema_editor):
    grant_role_permissions(
        apps,
        {
            Role.CHAMPION: [
                "postcheck.add_wordchoice",
                "postcheck.change_wordchoice",
                "postcheck.delete_wordchoice",
                "postcheck.view_wordchoice",
                "postcheck.change_postchecksettings",
            ]
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("postcheck", "0001_initial"),
        ("community", "0002_role_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
