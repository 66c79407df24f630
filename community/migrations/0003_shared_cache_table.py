"""The database cache's table, used for rate limits and caches when REDIS_URL is unset.

Made here rather than by `createcachetable` so that every deployment has it after `migrate`,
whichever cache the settings choose today.
"""

from django.conf import settings
from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations


def create_cache_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, settings.DATABASE_CACHE_TABLE, dry_run=False)


def drop_cache_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(settings.DATABASE_CACHE_TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("community", "0002_role_groups")]

    operations = [migrations.RunPython(create_cache_table, drop_cache_table)]
