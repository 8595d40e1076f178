"""SQLite: a narrow covering index of the columns a search reads for each candidate (its id, the
facet columns, the date and the audience tags), so that the candidates are not read from the wide
rows of search_searchdoc.

At 1M paragraphs a row is ~1.3 kB (body and pair tokens), so the table is ~1.3 GB and each of a
search's up to 1,001 candidates is on its own page of it: the first read of each page by a
connection (each has its own memory map) costs a page fault and cache misses, ~5–10 ms of CPU for
a thousand scattered candidates, most of what a rare word or a phrase with a thousand matches
cost. The index holds ~100 bytes a document (~105 MB at 1M) in id order, so the same candidates
sit on a tenth of the pages, which stay mapped. The engine asks for it by name (`INDEXED BY`:
SQLite's planner prefers the table's own rowid b-tree for a lookup by id).

Django does not know this index: a later migration that makes SQLite copy search_searchdoc (adding
or altering one of its columns) must make it again, as it must the FTS5 triggers (0006).
PostgreSQL: nothing (its candidates come from the GIN scan).
"""

from django.db import migrations

FACETS = (
    "CREATE INDEX IF NOT EXISTS search_doc_facets "
    "ON search_searchdoc (id, kind, board_id, year, paper_kind, date, tags)"
)


def _sqlite(sql):
    def op(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            schema_editor.execute(sql)

    return op


class Migration(migrations.Migration):
    dependencies = [("search", "0007_pg_narrow_index")]

    operations = [
        migrations.RunPython(_sqlite(FACETS), _sqlite("DROP INDEX IF EXISTS search_doc_facets")),
    ]
