"""PostgreSQL: the full-text vector in a narrow table of its own, `search_pgindex`, kept in step with
search_searchdoc by triggers (in the writer's transaction).

A query reads its candidates' rows from the heap: at 1M documents a common word fetched ~1,900
rows for its 1,001, and search_searchdoc's rows were ~1.45 kB (the body, and an 875-byte compressed
vector inline): a 1.16 GB heap that cannot stay in a default 128 MB shared_buffers, so most rows
came from the operating system's cache at 10–25 µs each against ~1.5 µs for a buffer hit. Now the
GIN index is on `search_pgindex`, whose rows hold only what finding, filtering and counting need
(the id, kind, board, year, paper kind, date, the audience tags as a small vector of their own),
and the vector itself out of line, in the table's TOAST, read only to rank the few matches of a
rare query or to check a long phrase. PostgreSQL moves values out of line only from a row of
~2 kB (TOAST_TUPLE_THRESHOLD: `toast_tuple_target` sets how far a row is then shrunk, not when
it starts), and a vector is ~900 bytes: so each row also has `pad`, 2,048 spaces, which takes
every row past that threshold and is then compressed to ~35 bytes in place, while the vector,
with `toast_tuple_target` at its minimum (128), goes out. ~160 bytes a row (~50 rows a page,
~160 MB for 1M documents) against ~940 with the vector inline and ~1,450 in search_searchdoc
with the text. The text stays in search_searchdoc, read for the page of hits shown only.

The vector is the one migration 0005 made (`search_vector`, the same expression), plus each id's
window of 1,024 documents (`_zqd<id>>10>`) beside the 8,192-, 65,536- and 524,288-id ones.
Statement triggers with transition tables copy what a statement inserted, updated or deleted (one
INSERT … SELECT per bulk_create of 500, not a trigger call per row); TRUNCATE (Django's flush)
empties it too. The generated column of search_searchdoc and its index are dropped: a document's
vector is computed once, in the trigger. SQLite: nothing.
"""

from django.db import migrations

# The tags as lexemes with a leading underscore (migration 0004), and the id's windows.
TAGS = """array_to_tsvector(string_to_array('_' || regexp_replace(
        btrim(tags || ' zqd' || (id >> 10) || ' zqa' || (id >> 13) || ' zqb' || (id >> 16)
              || ' zqc' || (id >> 19)),
        ' +', ' _', 'g'), ' '))"""

VECTOR = f"""CREATE OR REPLACE FUNCTION search_vector(heading text, body text, tags text, id bigint)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('english'::regconfig, heading), 'A')
        || setweight(to_tsvector('english'::regconfig, body), 'B')
        || search_pairs(heading) || search_pairs(body)
        || {TAGS}
$$"""

# Who may see a document (scope.py's audience tags, `zv…`), tested on each row when the filters
# are selective (Postgres._plan): a small vector inline, not the whole vector from TOAST.
AUDIENCE = """CREATE OR REPLACE FUNCTION search_audience(tags text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_to_tsvector(coalesce(array(
        SELECT '_' || t FROM regexp_split_to_table(tags, ' +') t WHERE t LIKE 'zv%'), '{}'))
$$"""

TABLE = [
    # Fixed-width columns first (no alignment padding); the small text columns and `pad` stay
    # inline (STORAGE MAIN: compressed, moved out only if a row could not fit a page); the vector
    # goes out of line when more than ~100 bytes compressed (the row begun past ~2 kB by `pad`).
    """CREATE TABLE search_pgindex (
        id bigint PRIMARY KEY,
        board_id bigint,
        date date,
        year smallint,
        kind varchar(20) NOT NULL,
        paper_kind varchar(20) NOT NULL,
        aud tsvector NOT NULL,
        tsv tsvector NOT NULL,
        pad text NOT NULL DEFAULT repeat(' ', 2048)
    ) WITH (toast_tuple_target = 128)""",
    *(
        f"ALTER TABLE search_pgindex ALTER COLUMN {c} SET STORAGE MAIN"
        for c in ("kind", "paper_kind", "aud", "pad")
    ),
    # Its statistics target raised so that the tags do not push the commonest words out of
    # pg_stats.most_common_elems, which the engine reads to plan (migration 0004).
    "ALTER TABLE search_pgindex ALTER COLUMN tsv SET STATISTICS 1000",
]

SELECT_ROWS = """(id, board_id, date, year, kind, paper_kind, aud, tsv)
    SELECT id, board_id, date, year, kind, paper_kind, search_audience(tags),
    search_vector(heading, body, tags, id) FROM {source}"""
FILL = f"INSERT INTO search_pgindex {SELECT_ROWS.format(source='search_searchdoc')}"
GIN = "CREATE INDEX search_pgindex_tsv ON search_pgindex USING gin (tsv) WITH (fastupdate = off)"

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

TRIGGERS = [
    SYNC,
    "CREATE TRIGGER search_pgindex_insert AFTER INSERT ON search_searchdoc "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_pgindex_sync()",
    "CREATE TRIGGER search_pgindex_update AFTER UPDATE ON search_searchdoc "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION search_pgindex_sync()",
    "CREATE TRIGGER search_pgindex_delete AFTER DELETE ON search_searchdoc "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_pgindex_sync()",
    "CREATE TRIGGER search_pgindex_truncate AFTER TRUNCATE ON search_searchdoc "
    "FOR EACH STATEMENT EXECUTE FUNCTION search_pgindex_sync()",
]

POSTGRES_UP = [
    VECTOR,
    AUDIENCE,
    *TABLE,
    FILL,
    GIN,
    *TRIGGERS,
    "ALTER TABLE search_searchdoc DROP COLUMN tsv",  # its GIN index goes with it
    "ANALYZE search_pgindex",
]

# Back to migration 0005's generated column (without the 1,024-id windows, which it did not have).
OLD_TEXT = """setweight(to_tsvector('english'::regconfig, heading), 'A')
        || setweight(to_tsvector('english'::regconfig, body), 'B')
        || search_pairs(heading) || search_pairs(body)
        || array_to_tsvector(string_to_array('_' || regexp_replace(
            btrim(tags || ' zqa' || (id >> 13) || ' zqb' || (id >> 16) || ' zqc' || (id >> 19)),
            ' +', ' _', 'g'), ' '))"""
POSTGRES_DOWN = [
    "DROP TABLE search_pgindex",
    *(
        f"DROP TRIGGER search_pgindex_{op} ON search_searchdoc"
        for op in ("insert", "update", "delete", "truncate")
    ),
    "DROP FUNCTION search_pgindex_sync()",
    "DROP FUNCTION search_audience(text)",
    "DROP FUNCTION search_vector(text, text, text, bigint)",
    f"ALTER TABLE search_searchdoc ADD COLUMN tsv tsvector GENERATED ALWAYS AS ({OLD_TEXT}) STORED",
    "ALTER TABLE search_searchdoc ALTER COLUMN tsv SET STATISTICS 1000",
    "CREATE INDEX search_doc_tsv ON search_searchdoc USING gin (tsv) WITH (fastupdate = off)",
    "ANALYZE search_searchdoc",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql, None)  # no parameters: a % is a % (LIKE 'zv%')

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0006_sqlite_phrase_pairs")]

    operations = [migrations.RunPython(_run(POSTGRES_UP), _run(POSTGRES_DOWN))]
