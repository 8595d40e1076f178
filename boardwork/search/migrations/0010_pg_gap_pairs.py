"""PostgreSQL: a pair also joins two words with one to three stop words between them, as a lexeme
that says the distance (`work_2_fire` for "working between fire", `state_3_art` for "state of the
art"), so a phrase through stop words is found like other phrases.

A stop word leaves a gap in the vector (its position, no lexeme), so migration 0005 made no pair
across it, and such a phrase (`work <2> fire`) was found by reading every row holding both words
and checking their positions from TOAST: ~700-800 ms of CPU at 1M documents for two common words.
Now `search_pairs` pairs each lexeme with the next one in the text when at most GAP positions
separate them with nothing indexed between: `a_b` when adjacent (as before: one underscore), else
`a_<distance>_b` (two underscores, the distance 2-4 between them). The parser splits words at
underscores, so a pair of words is told from a gap pair by its underscores (only a path, URL or
e-mail lexeme can hold one, as it could in 0005's pairs), and no user query can name either (the
engine keeps letters and digits of its words only). A query's phrase is paired by the same function
(search/engine.py, Postgres.candidates): a two-word phrase is proved by its one pair, adjacent or
gapped, and a longer one is checked on the rows holding all its pairs. Runs of up to three stop
words: on the bench corpus the pairs across one stop word add 17.5% lexemes to the vectors, two
6.5% more, three 1.4% more (docs/adr/0008-search.md, twelfth round).

A pair is made only across stop words: "police and crime" finds no "police, fire crime", which
PostgreSQL's own phrase query (`polic <2> crime`: any word, or none, in the middle) found.

The vectors are made in search_pgindex's triggers by search_vector, which calls search_pairs: the
table is filled again from search_searchdoc, its GIN index dropped meanwhile and made again.
SQLite: nothing (its pairs are migration 0006's, and it has no stop words).
"""

from django.db import migrations

GAP = 3  # stop words between the two words of a pair, at most

# Each lexeme with the next one by position (`lead`, one sort of the text's lexemes), when at most
# GAP + 1 positions apart. Positions are distinct below 16,383 (PostgreSQL's last position, where
# every later word is put): there the next of several is only one of them.
PAIRS = f"""CREATE OR REPLACE FUNCTION search_pairs(t text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT
        l || CASE WHEN q = p + 1 THEN '_' ELSE '_' || (q - p) || '_' END || m)), ''::tsvector)
    FROM (SELECT lexeme AS l, p, lead(lexeme) OVER o AS m, lead(p) OVER o AS q
          FROM unnest(to_tsvector('english'::regconfig, t)), unnest(positions) AS p
          WINDOW o AS (ORDER BY p, lexeme)) x
    WHERE q > p AND q <= p + {GAP + 1}
$$"""

# Migration 0005's: adjacent lexemes only.
OLD_PAIRS = """CREATE OR REPLACE FUNCTION search_pairs(t text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    WITH w AS (SELECT lexeme AS l, unnest(positions) AS p FROM unnest(to_tsvector('english'::regconfig, t)))
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.l || '_' || b.l)), ''::tsvector)
    FROM w a JOIN w b ON b.p = a.p + 1
$$"""

# search_pgindex filled again as migration 0007 filled it (its rows are the documents' own: only the
# vector changes), without the GIN index meanwhile: one build, not a million insertions into it.
REFILL = [
    "DROP INDEX search_pgindex_tsv",
    "TRUNCATE search_pgindex",
    """INSERT INTO search_pgindex (id, board_id, date, year, kind, paper_kind, aud, tsv)
    SELECT id, board_id, date, year, kind, paper_kind, search_audience(tags),
    search_vector(heading, body, tags, id) FROM search_searchdoc""",
    "CREATE INDEX search_pgindex_tsv ON search_pgindex USING gin (tsv) WITH (fastupdate = off)",
    "ANALYZE search_pgindex",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql, None)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0009_board_year_tags")]

    operations = [migrations.RunPython(_run([PAIRS, *REFILL]), _run([OLD_PAIRS, *REFILL]))]
