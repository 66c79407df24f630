from django.db import migrations

from community.roles import Role, grant_role_permissions


def grant(apps, schema_editor):
    grant_role_permissions(
        apps, {Role.TECH_SUPPORT: ["sites.add_apitoken", "sites.change_apitoken", "sites.view_apitoken"]}
    )


class Migration(migrations.Migration):
    dependencies = [("sites", "0003_api_tokens"), ("sites", "0002_tech_support_permissions")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
