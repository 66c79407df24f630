from django.conf import settings
from django.db import migrations, models
from django.db.models import Count


def store_unread_counts(apps, schema_editor):
    """Fill Member.unread_notification_count from the notifications already there."""
    notification_model = apps.get_model("notifications", "Notification")
    member_model = apps.get_model("community", "Member")
    unread = notification_model.objects.filter(read_at__isnull=True).values("recipient_id").annotate(n=Count("id"))
    for row in unread.iterator():
        member_model.objects.filter(pk=row["recipient_id"]).update(unread_notification_count=row["n"])


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0004_topic_forum_topic_pinned"),
        ("community", "0006_member_unread_notification_count"),
        ("notifications", "0003_register_notification_kinds"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(fields=["recipient", "-id"], name="notification_newest"),
        ),
        migrations.RunPython(store_unread_counts, migrations.RunPython.noop),
    ]
