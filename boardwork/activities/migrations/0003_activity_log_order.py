"""An index in the activity log's order (board, newest first with undated last, id), so its first
page is an index scan. Written per database: SQLite cannot say NULLS LAST in an index, but its
DESC already puts NULLs last; PostgreSQL needs it said."""

from django.db import migrations

INDEX = "activity_log_order"


def create(apps, schema_editor):
    nulls = " NULLS LAST" if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON activities_activity (board_id, date DESC{nulls}, id DESC)"
    )


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("activities", "0002_initial")]

    operations = [migrations.RunPython(create, drop)]
