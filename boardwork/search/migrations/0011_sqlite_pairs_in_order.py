"""SQLite: the `pairs` column holds each text's pairs in the text's order, so that a phrase of three
or more tokens is proven by its pairs alone.

Migration 0006 stored each document's distinct pair tokens, sorted: FTS5 then knew that a row held
a phrase's pairs, not that they formed one run, and a phrase of three or more tokens was checked as
FTS5's own phrase on the rows holding them — comparing the positions of its words, which seeks in a
stop word's long list for every such row ("across the District": ~600 rows, 6-7 ms at 1M
paragraphs). Now the column is the heading's pairs in order, a break token, the body's pairs in
order (repeats kept; the break token also stands where a pair cannot be a token: search/engine.py,
`pairs_column`), and a phrase is the phrase of its pairs in that column: the pair of tokens i and
i+1 and the pair of tokens i+1 and i+2 are neighbours there exactly when the text has the three
tokens in a run. The FTS5 table and its triggers are unchanged; every document's pairs are made
again and the index rebuilt (0006's own steps). PostgreSQL: nothing.

Backwards: nothing to undo. The engine before this reads a pair anywhere in the row, and checks
longer phrases by their words, so it answers the same on either column.
"""

import importlib

from django.db import migrations

pairs_0006 = importlib.import_module("boardwork.search.migrations.0006_sqlite_phrase_pairs")


def pairs_in_order(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    cursor = schema_editor.connection.connection.cursor()
    # Without the index and its triggers while the pairs are written (each update would be
    # indexed again, one row at a time), then the index made afresh from the new column.
    pairs_0006.drop_index(cursor)
    pairs_0006.make_index(cursor)


class Migration(migrations.Migration):
    dependencies = [("search", "0010_pg_gap_pairs")]

    operations = [migrations.RunPython(pairs_in_order, migrations.RunPython.noop)]
