"""The members directory searches first name, last name and department with `icontains` (community.members.
selectors.directory_page), which Django writes as `UPPER(column::text) LIKE UPPER('%word%')`. On PostgreSQL a
trigram GIN index on each of those expressions answers that without reading the whole table; SQLite has no such
index, and this migration does nothing there. (The sort, by last name, first name and id, has its own index:
`member_directory_order`.)"""

from django.db import migrations

COLUMNS = ("first_name", "last_name", "department")


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in COLUMNS:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "member_search_{column}" ON "community_member" '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(f'DROP INDEX IF EXISTS "member_search_{column}"')


class Migration(migrations.Migration):
    dependencies = [("community", "0009_member_stored_profile_counts")]

    operations = [migrations.RunPython(create, drop)]
