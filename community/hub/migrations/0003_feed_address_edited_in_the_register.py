from django.db import migrations

from community.roles import Role


def revoke(apps, schema_editor):
    """Technical support only look at feeds now: the feed address is edited in the register."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=Role.TECH_SUPPORT.value).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="hub", codename__in=["add_feedstate", "change_feedstate", "delete_feedstate"]
            )
        )


class Migration(migrations.Migration):
    dependencies = [("hub", "0002_tech_support_permissions")]

    operations = [migrations.RunPython(revoke, migrations.RunPython.noop)]
