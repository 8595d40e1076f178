"""PostgreSQL: the search GIN indexes without a pending list (fastupdate off).

With fastupdate on, new entries wait in an unsorted pending list that every search reads whole
until VACUUM or the list's size limit merges it: after an import, each query pays for the
import's rows. Off, each write updates the index itself (slower writes; search the same at every
moment). SQLite has nothing to change.
"""

from django.db import migrations

INDEXES = ("search_doc_tsv", "search_doc_ftags")


def _set(value):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for name in INDEXES:
            schema_editor.execute(f"ALTER INDEX {name} SET (fastupdate = {value})")

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext_index")]

    operations = [migrations.RunPython(_set("off"), _set("on"))]
