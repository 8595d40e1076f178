"""PostgreSQL: beside each document's vector, inline in search_pgindex's row, the few words a
one-word query needs to be ranked without reading the vector from TOAST (`rk`).

Ranking a rare word's matches (ts_rank_cd, up to 1,000 rows) read each row's vector out of line:
an index probe of the TOAST table and a heap page per row, ~5 buffers, and from the operating
system's cache when the vectors are not in shared buffers (1.2 GB of them at 1M documents): a
word in 1,075 documents ranked in 12 ms with its vectors cached, 55 ms without. Yet ts_rank_cd of
a query of one lexeme depends only on that lexeme's positions and their weights (its covers are
its positions; no normalisation), and most words of a paragraph are there once, in the body:
rank 0.4, whatever the position. So `rk` holds the vector's words (lexemes with positions: not the
phrase pairs or the tags) less those with exactly one position of weight B: the heading's words
and the body's repeated ones, with all their positions (2.3 lexemes and ~42 bytes a row on the
bench's paragraphs). A one-lexeme query ranks a document by `rk` when the lexeme is there (all its
positions are), else as one body position — both exactly the whole vector's rank (Postgres._rank).
Longer queries still rank from the vector.

`search_rank_words` makes it from the vector; the triggers (search_pgindex_sync, migration 0007's
with the new column) compute the vector once and `rk` from it. The stored rows get theirs by one
UPDATE with the GIN index dropped meanwhile (each new row version would otherwise be inserted into
it word by word) and made again. The UPDATE leaves the old row versions dead: VACUUM
search_pgindex after it (autovacuum will). SQLite: nothing.
"""

from django.db import migrations

RANK_WORDS = """CREATE OR REPLACE FUNCTION search_rank_words(v tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ts_delete(w, array(
        SELECT u.lexeme FROM unnest(w) u WHERE cardinality(u.positions) = 1 AND u.weights[1] = 'B'))
    FROM ts_filter(v, '{a,b,c,d}') w
$$"""

# The vector computed once (OFFSET 0 keeps the subquery from being merged into the outer one, which
# would compute it again for `rk`).
SELECT_ROWS = """(id, board_id, date, year, kind, paper_kind, aud, tsv, rk)
    SELECT id, board_id, date, year, kind, paper_kind, aud, tsv, search_rank_words(tsv) FROM (
        SELECT id, board_id, date, year, kind, paper_kind, search_audience(tags) AS aud,
        search_vector(heading, body, tags, id) AS tsv FROM {source} OFFSET 0) v"""

SYNC = f"""CREATE OR REPLACE FUNCTION search_pgindex_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE search_pgindex;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        DELETE FROM search_pgindex WHERE id IN (SELECT id FROM old_rows);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO search_pgindex {SELECT_ROWS.format(source="new_rows")};
    END IF;
    RETURN NULL;
END $$"""

GIN = "CREATE INDEX search_pgindex_tsv ON search_pgindex USING gin (tsv) WITH (fastupdate = off)"

POSTGRES_UP = [
    RANK_WORDS,
    # A constant default: no rewrite of the table to add it.
    "ALTER TABLE search_pgindex ADD COLUMN rk tsvector NOT NULL DEFAULT ''",
    "ALTER TABLE search_pgindex ALTER COLUMN rk SET STORAGE MAIN",  # inline: the point of it
    SYNC,
    "DROP INDEX search_pgindex_tsv",
    "UPDATE search_pgindex SET rk = search_rank_words(tsv)",
    GIN,
    "ANALYZE search_pgindex",
]


def _old_sync():
    import importlib

    return importlib.import_module("boardwork.search.migrations.0007_pg_narrow_index").SYNC


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements() if callable(statements) else statements:
                schema_editor.execute(sql, None)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0011_sqlite_pairs_in_order")]

    operations = [
        migrations.RunPython(
            _run(POSTGRES_UP),
            _run(
                lambda: [
                    _old_sync(),
                    "ALTER TABLE search_pgindex DROP COLUMN rk",
                    "DROP FUNCTION search_rank_words(tsvector)",
                ]
            ),
        )
    ]
