"""A new site has a recovery checklist for every risk (from site/demo/incidents/checklists.yaml), and
champions may edit the checklists in the admin."""

from pathlib import Path

import yaml
from django.conf import settings
from django.db import migrations

from community.incidents.services import seed_checklists
from community.roles import Role, grant_role_permissions

CHECKLISTS = Path(settings.BASE_DIR) / "site" / "demo" / "incidents" / "checklists.yaml"


def add_checklists(apps, schema_editor):
    seed_checklists(
        checklist_model=apps.get_model("incidents", "RecoveryChecklist"),
        step_model=apps.get_model("incidents", "RecoveryStep"),
        entries=yaml.safe_load(CHECKLISTS.read_text(encoding="utf-8")),
    )


def grant(apps, schema_editor):
    grant_role_permissions(
        apps,
        {
            Role.CHAMPION: [
                "incidents.add_recoverychecklist",
                "incidents.change_recoverychecklist",
                "incidents.delete_recoverychecklist",
                "incidents.view_recoverychecklist",
            ]
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("incidents", "0001_initial"),
        ("community", "0002_role_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(add_checklists, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
