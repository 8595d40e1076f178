"""PostgreSQL: adjacent word pairs as extra lexemes of the vector, so a phrase is found like a rare
word (as Elasticsearch's `index_phrases`).

GIN keeps no word positions: a phrase was found by fetching every row holding all its words and
checking their positions ("first fire": ~20,000 rows read for 447 matches at 1M documents). Now
the vector also holds each pair of adjacent stemmed words of the heading and of the body as one
lexeme, `first_fire` (`search_pairs`, below: the same `english` parser and stemmer as the words,
so stemming applies inside a phrase, and a stop word leaves a gap, no pair). A phrase's pairs are
required entries of the GIN scan (search/engine.py, Postgres.candidates), and only the rows
holding them are fetched and checked for the phrase. No user query can produce a pair: the parser
splits words at underscores.

The column is generated from the text, so dropping and adding it again (a table rewrite) rebuilds
every document's vector, pairs included, and the index is made again over them. SQLite: nothing
(FTS5's pairs are migration 0006's).
"""

from django.db import migrations

PAIRS = """CREATE OR REPLACE FUNCTION search_pairs(t text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    WITH w AS (SELECT lexeme AS l, unnest(positions) AS p FROM unnest(to_tsvector('english'::regconfig, t)))
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.l || '_' || b.l)), ''::tsvector)
    FROM w a JOIN w b ON b.p = a.p + 1
$$"""

TEXT = """setweight(to_tsvector('english'::regconfig, heading), 'A')
        || setweight(to_tsvector('english'::regconfig, body), 'B')"""
TAGS = """array_to_tsvector(string_to_array('_' || regexp_replace(
            btrim(tags || ' zqa' || (id >> 13) || ' zqb' || (id >> 16) || ' zqc' || (id >> 19)),
            ' +', ' _', 'g'), ' '))"""


def _column(parts: str) -> list[str]:
    return [
        "ALTER TABLE search_searchdoc DROP COLUMN tsv",
        f"ALTER TABLE search_searchdoc ADD COLUMN tsv tsvector GENERATED ALWAYS AS ({parts}) STORED",
        "ALTER TABLE search_searchdoc ALTER COLUMN tsv SET STATISTICS 1000",
        "CREATE INDEX search_doc_tsv ON search_searchdoc USING gin (tsv) WITH (fastupdate = off)",
        "ANALYZE search_searchdoc",
    ]


POSTGRES_UP = [
    PAIRS,
    *_column(f"{TEXT}\n        || search_pairs(heading) || search_pairs(body)\n        || {TAGS}"),
]
POSTGRES_DOWN = [*_column(f"{TEXT}\n        || {TAGS}"), "DROP FUNCTION search_pairs(text)"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0004_one_gin_index_with_tags")]

    operations = [migrations.RunPython(_run(POSTGRES_UP), _run(POSTGRES_DOWN))]
