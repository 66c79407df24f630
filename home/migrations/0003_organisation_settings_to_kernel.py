"""OrganisationSettings moved to the kernel (community 0011). State only: its table stays where it is."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_home_page"),
        ("community", "0011_organisation_settings"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="OrganisationSettings")],
            database_operations=[],
        ),
    ]
