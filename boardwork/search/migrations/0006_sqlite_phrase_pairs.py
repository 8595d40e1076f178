"""SQLite: adjacent word pairs as tokens of an FTS5 column of their own, so a phrase is found like a
rare word (PostgreSQL has had its pairs since 0005).

FTS5 finds a phrase by walking every row that holds all its words and comparing their positions;
for two common words that walk was most of a query (~16 ms of 25 at 1M paragraphs, and ranking
and counting walked it again). Now `search_searchdoc.pairs` holds each pair of adjacent tokens of
the heading and of the body as one token (search/engine.py: `fts_pairs`, `pair_token`), made from
the tokens FTS5's own tokenizer makes (read back from a temporary FTS5 table through fts5vocab),
so the pairs stem exactly as the index does; the FTS5 table gains the column `pairs`, which no
user word is matched against. The documents already stored get their pairs here, and the index
is rebuilt. PostgreSQL: only the (empty) column.
"""

from django.db import migrations, models

FTS = """CREATE VIRTUAL TABLE search_fts USING fts5(
    {columns},
    content='search_searchdoc', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
)"""


def _statements(columns: list[str]) -> list[str]:
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    names = ", ".join(columns)
    return [
        FTS.format(columns=names),
        f"""CREATE TRIGGER search_doc_ai AFTER INSERT ON search_searchdoc BEGIN
            INSERT INTO search_fts(rowid, {names}) VALUES (new.id, {new});
        END""",
        f"""CREATE TRIGGER search_doc_ad AFTER DELETE ON search_searchdoc BEGIN
            INSERT INTO search_fts(search_fts, rowid, {names}) VALUES ('delete', old.id, {old});
        END""",
        f"""CREATE TRIGGER search_doc_au AFTER UPDATE ON search_searchdoc BEGIN
            INSERT INTO search_fts(search_fts, rowid, {names}) VALUES ('delete', old.id, {old});
            INSERT INTO search_fts(rowid, {names}) VALUES (new.id, {new});
        END""",
        "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
        "INSERT INTO search_fts(search_fts) VALUES ('optimize')",
    ]


SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS search_doc_au",
    "DROP TRIGGER IF EXISTS search_doc_ad",
    "DROP TRIGGER IF EXISTS search_doc_ai",
    "DROP TABLE IF EXISTS search_fts",
]
# The index as this migration leaves it, without its contents (bench/search.py builds the rows
# first, then this).
SQLITE_UP = _statements(["heading", "body", "tags", "pairs"])
SQLITE_BEFORE = _statements(["heading", "body", "tags"])


def fill_pairs(cursor, batch: int = 2000) -> None:
    """Every stored document's pair tokens (sqlite3 cursor)."""
    from boardwork.search.engine import fts_pairs

    last = 0
    while True:
        rows = cursor.execute(
            "SELECT id, heading, body FROM search_searchdoc WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
        ).fetchall()
        if not rows:
            return
        pairs = fts_pairs(cursor, [(r[1], r[2]) for r in rows])
        cursor.executemany(
            "UPDATE search_searchdoc SET pairs = ? WHERE id = ?",
            [(p, r[0]) for r, p in zip(rows, pairs, strict=True)],
        )
        last = rows[-1][0]


def _sqlite(run):
    def op(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            run(schema_editor.connection.connection.cursor())

    return op


def drop_index(cursor) -> None:
    # Before the column is added: SQLite adds it by making the table again, which would drop the
    # triggers; and filling the pairs must not re-index each row through them.
    for sql in SQLITE_DOWN:
        cursor.execute(sql)


def make_index(cursor) -> None:
    fill_pairs(cursor)
    for sql in SQLITE_UP:
        cursor.execute(sql)


def make_old_index(cursor) -> None:
    for sql in SQLITE_BEFORE:
        cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("search", "0005_phrase_pairs")]

    operations = [
        migrations.RunPython(_sqlite(drop_index), _sqlite(make_old_index)),
        migrations.AddField(
            model_name="searchdoc",
            name="pairs",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(_sqlite(make_index), _sqlite(drop_index)),
    ]
