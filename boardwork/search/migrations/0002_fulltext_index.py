"""The full-text index over search_searchdoc, made with each database's own engine.

SQLite: an FTS5 table with external content (the text is stored once, in search_searchdoc) and
the porter stemmer; triggers keep it in step with every insert, update and delete, so it changes
in the same transaction as the documents. PostgreSQL: generated `tsvector` columns (English
stemming for the text, 'simple' for the filter and audience tags) with GIN indexes.
"""

from django.db import migrations

SQLITE_UP = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        heading, body, tags,
        content='search_searchdoc', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_doc_ai AFTER INSERT ON search_searchdoc BEGIN
        INSERT INTO search_fts(rowid, heading, body, tags) VALUES (new.id, new.heading, new.body, new.tags);
    END""",
    """CREATE TRIGGER search_doc_ad AFTER DELETE ON search_searchdoc BEGIN
        INSERT INTO search_fts(search_fts, rowid, heading, body, tags)
        VALUES ('delete', old.id, old.heading, old.body, old.tags);
    END""",
    """CREATE TRIGGER search_doc_au AFTER UPDATE ON search_searchdoc BEGIN
        INSERT INTO search_fts(search_fts, rowid, heading, body, tags)
        VALUES ('delete', old.id, old.heading, old.body, old.tags);
        INSERT INTO search_fts(rowid, heading, body, tags) VALUES (new.id, new.heading, new.body, new.tags);
    END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS search_doc_au",
    "DROP TRIGGER IF EXISTS search_doc_ad",
    "DROP TRIGGER IF EXISTS search_doc_ai",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_UP = [
    """ALTER TABLE search_searchdoc ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, heading), 'A')
        || setweight(to_tsvector('english'::regconfig, body), 'B')
    ) STORED""",
    """ALTER TABLE search_searchdoc ADD COLUMN ftags tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, tags)
    ) STORED""",
    "CREATE INDEX search_doc_tsv ON search_searchdoc USING gin (tsv)",
    "CREATE INDEX search_doc_ftags ON search_searchdoc USING gin (ftags)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS search_doc_ftags",
    "DROP INDEX IF EXISTS search_doc_tsv",
    "ALTER TABLE search_searchdoc DROP COLUMN IF EXISTS ftags",
    "ALTER TABLE search_searchdoc DROP COLUMN IF EXISTS tsv",
]


def _run(statements):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in statements.get(vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_documents")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
