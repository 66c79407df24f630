"""OrganisationSettings moves from `home` to the kernel. State only: the table keeps its name
(`home_organisationsettings`), so no data moves. Its content type is renamed to the new app, so permissions and
admin log entries that point at it stay attached."""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models


def rename_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="community", model="organisationsettings").exists():
        ContentType.objects.filter(app_label="home", model="organisationsettings").update(app_label="community")


def restore_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="home", model="organisationsettings").exists():
        ContentType.objects.filter(app_label="community", model="organisationsettings").update(app_label="home")


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0010_member_directory_search_indexes"),
        ("home", "0002_create_home_page"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="OrganisationSettings",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        ("organisation_name", models.CharField(default="Example Council", max_length=120)),
                        ("service_name", models.CharField(default="Postwise", max_length=60)),
                        (
                            "brand_colour",
                            models.CharField(
                                default="#1d4f91",
                                help_text="Header background. Keep a contrast of at least 4.5:1 with white text.",
                                max_length=7,
                                validators=[
                                    django.core.validators.RegexValidator(
                                        "^#[0-9a-fA-F]{6}$", "Give a colour as # and six hex digits, like #1d4f91."
                                    )
                                ],
                            ),
                        ),
                        ("support_email", models.EmailField(default="social-media@example.org", max_length=254)),
                        (
                            "site",
                            models.OneToOneField(
                                editable=False,
                                on_delete=django.db.models.deletion.CASCADE,
                                to="wagtailcore.site",
                            ),
                        ),
                    ],
                    options={"verbose_name": "organisation", "db_table": "home_organisationsettings"},
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(rename_content_type, restore_content_type),
    ]
