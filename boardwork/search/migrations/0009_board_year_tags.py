"""Each document with a board and a year also carries the two as one tag, `zby<board>y<year>`
(search/engine.py, `board_year_tag`): PostgreSQL's engine asks for it when a search is filtered by
boards and years, where GIN walked and ANDed a board's list (~1/40 of the documents) and a year's
(~1/20) — ~3 ms of server CPU at 1M documents, against ~1 ms for the one list of ~1/800.

The stored documents get the tag appended to their tags; the full-text indexes follow through the
triggers (SQLite's FTS5 triggers, PostgreSQL's search_pgindex ones, which compute each vector
again: at 1M documents, minutes). New documents get it from documents.make.
"""

from django.db import migrations

WHERE = "board_id IS NOT NULL AND year IS NOT NULL"
SUFFIX = "' zby' || board_id || 'y' || year"
UP = f"UPDATE search_searchdoc SET tags = tags || {SUFFIX} WHERE {WHERE}"
# Wherever it is among the tags (documents.make puts it after the year).
DOWN = (
    f"UPDATE search_searchdoc SET tags = trim(replace(' ' || tags || ' ', {SUFFIX} || ' ', ' ')) "
    f"WHERE {WHERE}"
)


class Migration(migrations.Migration):
    dependencies = [("search", "0008_sqlite_search_facets")]

    operations = [migrations.RunSQL(UP, DOWN)]
