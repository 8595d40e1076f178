"""PostgreSQL: the text and the tags in one tsvector with one GIN index, and recency windows as tags.

Before, the text (`tsv`) and the tags (`ftags`) had a GIN index each, and a query ANDed their
bitmaps: the audience tags' bitmap alone was ~360,000 entries (~100 ms) at 1M documents, and a
word's rows were then all fetched (wide rows) to keep the newest 1,001. In one index, GIN's own
AND (its "fast scan") walks the rarest required entry and skips through the others, so a word
within the audience and filters costs about its own list. The tags join the vector as lexemes with
a leading underscore (`_zb3`), which no user query can produce (the parser drops underscores).

Each document also carries its id's windows of 8,192, 65,536 and 524,288 documents (`_zqa<id>>13>`,
`_zqb<id>>16>`, `_zqc<id>>19>`), so a common word's newest matches are asked for one window at a
time, the window being a required entry of the GIN scan (search/engine.py, Postgres.candidates).
The column keeps the name `tsv`; its statistics target is raised so that the tags do not push the
commonest words out of pg_stats.most_common_elems, which the engine reads to plan. SQLite: nothing.
"""

from django.db import migrations

POSTGRES_UP = [
    "ALTER TABLE search_searchdoc DROP COLUMN ftags",
    "ALTER TABLE search_searchdoc DROP COLUMN tsv",
    """ALTER TABLE search_searchdoc ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, heading), 'A')
        || setweight(to_tsvector('english'::regconfig, body), 'B')
        || array_to_tsvector(string_to_array('_' || regexp_replace(
            btrim(tags || ' zqa' || (id >> 13) || ' zqb' || (id >> 16) || ' zqc' || (id >> 19)),
            ' +', ' _', 'g'), ' '))
    ) STORED""",
    "ALTER TABLE search_searchdoc ALTER COLUMN tsv SET STATISTICS 1000",
    "CREATE INDEX search_doc_tsv ON search_searchdoc USING gin (tsv) WITH (fastupdate = off)",
]
POSTGRES_DOWN = [
    "ALTER TABLE search_searchdoc DROP COLUMN tsv",
    """ALTER TABLE search_searchdoc ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, heading), 'A')
        || setweight(to_tsvector('english'::regconfig, body), 'B')
    ) STORED""",
    """ALTER TABLE search_searchdoc ADD COLUMN ftags tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, tags)
    ) STORED""",
    "CREATE INDEX search_doc_tsv ON search_searchdoc USING gin (tsv) WITH (fastupdate = off)",
    "CREATE INDEX search_doc_ftags ON search_searchdoc USING gin (ftags) WITH (fastupdate = off)",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_gin_fastupdate_off")]

    operations = [migrations.RunPython(_run(POSTGRES_UP), _run(POSTGRES_DOWN))]
