"""The search services on the configured database (SQLite by default; PostgreSQL with DATABASE_URL)."""

import datetime as dt
import importlib
import re

import pytest
from django.db import transaction
from django.test import override_settings

from boardwork.search import services
from boardwork.search.engine import parse
from boardwork.search.models import SearchDoc
from boardwork.search.scope import PUBLIC_SCOPE, scope_for

from .conftest import make_paper

pytestmark = pytest.mark.django_db


def found(result):
    return [(h.doc.kind, h.doc.title) for h in result.hits]


def bodies(result):
    return [h.doc.body for h in result.hits]


def everyone(admin_user):
    return scope_for(admin_user)


# -- the query language ---------------------------------------------------------------------------


def test_parse_quotes_phrases_and_exclusions():
    clauses = parse('"Welsh LGA" prevent -budget -"council tax" stray"quote')
    assert [(c.words, c.quoted, c.negated) for c in clauses] == [
        (("welsh", "lga"), True, False),
        (("prevent",), False, False),
        (("budget",), False, True),
        (("council", "tax"), True, True),
        (("stray", "quote"), False, False),
    ]


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '""',
        "-",
        "AND OR NOT",
        "prevent*",
        "{heading}: x",
        "col:prevent",
        "NEAR(a b)",
        "^x",
        "'; DROP",
        "(((",
        "\ue000",
    ],
)
def test_syntax_of_either_engine_in_the_query_is_only_words(archive, admin_user, q):
    result = services.search(everyone(admin_user), q)  # must not raise
    assert result.total >= 0


def test_words_are_stemmed(archive, admin_user):
    result = services.search(everyone(admin_user), "prevent")
    texts = " ".join(bodies(result))
    assert "prevention of fraud" in texts  # prevention, preventing: the same stem
    assert "Prevent duty" in texts


def test_quoted_word_is_exact(archive, admin_user):
    result = services.search(everyone(admin_user), '"Prevent"')
    texts = bodies(result)
    assert any("Prevent duty" in t for t in texts)
    assert not any("prevention of fraud" in t for t in texts)


def test_phrase_needs_the_words_together(archive, admin_user):
    assert any("Welsh LGA" in b for b in bodies(services.search(everyone(admin_user), '"Welsh LGA"')))
    assert services.search(everyone(admin_user), '"LGA Welsh"').total == 0


@pytest.fixture
def fire_paper(board, cycles):
    """Paragraphs with "first" and "fire" together, apart, in the other order, and inflected."""
    return make_paper(
        board,
        cycles[1],
        "Fire review",
        [
            "The first fire station opened in March.",
            "Our first report on fire safety was late.",
            "The fire first reached the roof.",
            "The Chief Fire Officers met twice.",
            "A chief of staff reported; fire officers attended.",
        ],
    )


def paragraphs(result):
    """The hits' paragraph texts without their numbers ("1. ")."""
    return [re.sub(r"^\d+\. ", "", h.doc.body) for h in result.hits if h.doc.kind == "paragraph"]


def test_phrase_whose_words_are_apart_or_reversed_is_not_found(fire_paper, admin_user):
    result = services.search(everyone(admin_user), '"first fire"')
    assert paragraphs(result) == ["The first fire station opened in March."]
    assert paragraphs(services.search(everyone(admin_user), '"fire first"')) == [
        "The fire first reached the roof."
    ]
    assert paragraphs(services.search(everyone(admin_user), '"first fire station"')) == [
        "The first fire station opened in March."
    ]
    assert services.search(everyone(admin_user), '"first fire roof"').total == 0


def test_phrase_words_are_stemmed(fire_paper, admin_user):
    expected = ["The Chief Fire Officers met twice."]
    assert paragraphs(services.search(everyone(admin_user), '"chief fire officer"')) == expected
    assert paragraphs(services.search(everyone(admin_user), '"chiefs firing officers"')) == expected


def test_excluded_phrase_keeps_the_words_apart(fire_paper, admin_user):
    result = services.search(everyone(admin_user), 'fire -"first fire" -"chief fire"')
    assert sorted(paragraphs(result)) == [
        "A chief of staff reported; fire officers attended.",
        "Fire review",  # the paper's heading
        "Our first report on fire safety was late.",
        "The fire first reached the roof.",
    ]


def _pg_rows_holding(paper, lexeme: str) -> list[str]:
    """The bodies (past their 3-character prefix) of the paper's documents whose PostgreSQL vector
    holds the lexeme, sorted."""
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute(
            "SELECT substr(d.body, 4) FROM search_searchdoc d JOIN search_pgindex i ON i.id = d.id "
            "WHERE d.paper_id = %s AND i.tsv @@ %s::tsquery ORDER BY 1",
            [paper.pk, f"'{lexeme}'"],
        )
        return [r[0] for r in cur.fetchall()]


def test_postgres_vector_holds_adjacent_pairs_after_save_and_reindex(fire_paper, admin_user):
    """Migration 0005: each pair of adjacent stemmed words is a lexeme of the vector (a stop word
    leaves a gap), and a phrase's pairs are asked of the index."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's vector only")

    def holding(lexeme):
        return _pg_rows_holding(fire_paper, lexeme)

    for _ in range(2):
        assert holding("first_fire") == ["The first fire station opened in March."]
        assert holding("chief_fire") == ["The Chief Fire Officers met twice."]
        assert holding("fire_offic") == [
            "A chief of staff reported; fire officers attended.",
            "The Chief Fire Officers met twice.",
        ]
        assert holding("chief_staff") == []  # "of" is a stop word: no pair across it
        services.reindex()
    # Bound in the client, so that the captured statements show their parameters (prepared, they
    # show $1, $2 …).
    with override_settings(SEARCH_PREPARED_STATEMENTS=False), CaptureQueriesContext(connection) as ctx:
        services.search(everyone(admin_user), '"first fire station"')
    asked = [q["sql"] for q in ctx.captured_queries if "first_fire" in q["sql"]]
    assert asked and all("fire_station" in sql for sql in asked)


@pytest.fixture
def stop_word_paper(board, cycles):
    """Paragraphs whose words are joined through stop words, adjacent, or far apart."""
    return make_paper(
        board,
        cycles[1],
        "Panels and partnerships",
        [
            "The Police and Crime Panel met in June.",
            "Police crime figures were reported to the panel.",
            "Staff working between fire stations were counted.",
            "Working on fire safety, staff met twice.",
            "A state-of-the-art control room opened.",
            "The state of art collections was reviewed.",
            "The Chief of Fire Services reported.",
            "Chief Fire Officers attended, as did the chief for the fire service.",
            "We report to all of the board members each year.",
            "The Safer and Stronger Communities Board agreed its plan.",
        ],
    )


STOP_WORD_PHRASES = [
    "police and crime panel",
    "police and crime",
    "working between fire",
    "working in fire",
    "state of the art",
    "state of art",
    "chief of fire",
    "chief fire",
    "chief of the fire",
    "report to all of the board",
    "report to the board",
    "safer and stronger communities",
    "safer and stronger",
    "and crime",
]


def test_phrases_through_stop_words_find_what_postgres_phrases_find(stop_word_paper, fire_paper, admin_user):
    """Migration 0010: a phrase whose words are joined through stop words is found by a pair
    across them; what it finds is what PostgreSQL's own phrase query finds on the same rows
    (when nothing but stop words stands between the words: see the next test)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's phrases only")
    for phrase in STOP_WORD_PHRASES:
        with connection.cursor() as cur:
            cur.execute(
                "SELECT d.id FROM search_searchdoc d WHERE d.paper_id IN (%s, %s) "
                "AND to_tsvector('english', d.heading) || to_tsvector('english', d.body) "
                "@@ phraseto_tsquery('english', %s) ORDER BY 1",
                [stop_word_paper.pk, fire_paper.pk, phrase],
            )
            native = [r[0] for r in cur.fetchall()]
        result = services.search(everyone(admin_user), f'"{phrase}"')
        assert sorted(h.doc.pk for h in result.hits) == native, phrase
        assert result.total == len(native), phrase


def test_phrase_through_a_stop_word_needs_a_stop_word_between(stop_word_paper, board, cycles, admin_user):
    """Only stop words between: another word in the stop word's place is not the phrase (as on
    SQLite; PostgreSQL's own phrase query takes any word there), nor is no word at all."""
    make_paper(board, cycles[1], "Figures", ["Police fire crime figures were shared."])
    expected = ["The Police and Crime Panel met in June."]
    assert paragraphs(services.search(everyone(admin_user), '"police and crime"')) == expected
    assert paragraphs(services.search(everyone(admin_user), '"police and crime panel"')) == expected
    assert paragraphs(services.search(everyone(admin_user), '"chief fire"')) == [
        "Chief Fire Officers attended, as did the chief for the fire service."
    ]


def test_postgres_vector_holds_pairs_across_stop_words(stop_word_paper, admin_user):
    """Migration 0010: two words with one to three stop words between them are a pair that says
    how far apart they are, never taken for an adjacent pair; a longer run of stop words makes
    none, and such a phrase is still found by its words. Kept on save and reindex, and asked
    of the index."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's vector only")

    def holding(lexeme):
        return _pg_rows_holding(stop_word_paper, lexeme)

    for _ in range(2):
        assert holding("polic_2_crime") == ["The Police and Crime Panel met in June."]
        assert holding("polic_crime") == ["Police crime figures were reported to the panel."]
        assert holding("work_2_fire") == [
            "Staff working between fire stations were counted.",
            "Working on fire safety, staff met twice.",
        ]
        assert holding("state_3_art") == ["A state-of-the-art control room opened."]
        assert holding("state_2_art") == ["The state of art collections was reviewed."]
        assert holding("chief_2_fire") == ["The Chief of Fire Services reported."]
        assert holding("chief_3_fire") == [
            "Chief Fire Officers attended, as did the chief for the fire service."
        ]
        assert holding("chief_fire") == [
            "Chief Fire Officers attended, as did the chief for the fire service."
        ]
        assert holding("report_5_board") == holding("report_board") == []  # four stop words: no pair
        services.reindex()
    # The migration's refill makes the vectors that saving and reindexing make.
    refill = importlib.import_module("boardwork.search.migrations.0010_pg_gap_pairs").REFILL
    with connection.cursor() as cur:
        cur.execute("SELECT id, tsv::text FROM search_pgindex ORDER BY id")
        saved = cur.fetchall()
        for sql in refill:
            cur.execute(sql)
        cur.execute("SELECT id, tsv::text FROM search_pgindex ORDER BY id")
        assert cur.fetchall() == saved and any("_2_" in v for _, v in saved)
    assert paragraphs(services.search(everyone(admin_user), '"report to all of the board"')) == [
        "We report to all of the board members each year."
    ]
    assert services.search(everyone(admin_user), '"report to the board"').total == 0
    with override_settings(SEARCH_PREPARED_STATEMENTS=False), CaptureQueriesContext(connection) as ctx:
        services.search(everyone(admin_user), '"Police and Crime Panel"')
    asked = [q["sql"] for q in ctx.captured_queries if "polic_2_crime" in q["sql"]]
    assert asked and all("crime_panel" in sql for sql in asked)


def test_postgres_statements_are_prepared_once_and_answer_alike(fire_paper, admin_user):
    """The engine's statements are prepared on the server (parsed and planned once per connection)
    and answer as the same statements bound in the client do."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's prepared statements only")

    def prepared():
        with connection.cursor() as cur:
            cur.execute("SELECT statement FROM pg_prepared_statements")
            return [r[0] for r in cur.fetchall()]

    def answers(q):
        r = services.search(everyone(admin_user), q)
        return [(h.doc.pk, str(h.snippet), str(h.heading)) for h in r.hits], r.total, r.facets

    queries = ["fire", '"first fire"', "fire -chief", "officers staff"]
    with override_settings(SEARCH_PREPARED_STATEMENTS=False):
        expected = [answers(q) for q in queries]
    assert not prepared()
    assert [answers(q) for q in queries] == expected
    statements = prepared()
    assert any("tsvector_to_array" in s for s in statements)  # the query's terms
    assert any("ts_headline" in s for s in statements)  # the page
    assert [answers(q) for q in queries] == expected
    assert sorted(prepared()) == sorted(statements)  # asked again: no statement prepared anew


@pytest.fixture
def varied_paper(board, cycles):
    """Paragraphs whose tokens FTS5 folds, stems and splits in ways a second stemmer might not."""
    return make_paper(
        board,
        cycles[1],
        "Apologies and terminology",
        [
            "The Board's apologies were noted; as is usual, terminology changed.",
            "Café owners and cafe staff met the Chief Fire Officers' Association.",
            "Section 106 agreements: 2023/24 budget consultations closed.",
            "Anti-social behaviour orders and e-mail notices were reviewed.",
            "Us and them: we asked as many as we could.",
        ],
    )


PHRASES = [
    "board s apologies",
    "as is",
    "us and",
    "terminologies changed",
    "cafe owners",
    "café staff",
    "chief fire officer",
    "officers association",
    "section 106",
    "2023 24 budget",
    "anti social behaviour",
    "social behaviour order",
    "e mail notice",
    "fire chief",
]


def test_sqlite_phrases_by_pairs_find_what_fts5_phrases_find(varied_paper, fire_paper, admin_user):
    """Migration 0006: a phrase is found by its pair tokens, made from FTS5's own tokens; what it
    finds is what FTS5's own phrase query finds (asked of search_fts without the pairs)."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's pairs only")
    for phrase in PHRASES:
        with connection.cursor() as cur:
            cur.execute(
                "SELECT d.body FROM search_fts JOIN search_searchdoc d ON d.id = search_fts.rowid "
                "WHERE search_fts MATCH %s ORDER BY 1",
                ['{heading body} : "' + phrase + '"'],
            )
            native = [r[0] for r in cur.fetchall()]
        result = services.search(everyone(admin_user), f'"{phrase}"')
        assert sorted(bodies(result)) == native, phrase
    assert services.search(everyone(admin_user), '"apologies were noted"').total == 1


def test_sqlite_phrase_pairs_from_kept_word_tokens_are_the_whole_phrases(db):
    """A phrase's pairs are made from each word's FTS5 tokens, kept per process: the same as the
    pairs of the whole phrase tokenized at once, whether its words were kept or not."""
    from django.db import connection

    from boardwork.search import engine as search_engine

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's pairs only")
    phrases = [
        "emergency planning arrangements",
        "Café naïve 2019 ÆRØ straße",
        "planning 2019 emergencies planned",
        "apologies were noted",
        "x9 a b c",
    ]
    raw = connection.cursor().connection.cursor()
    expected = {
        p: search_engine.pair_tokens(tokens)
        for p, tokens in zip(phrases, search_engine.fts_tokens(raw, phrases), strict=True)
    }
    engine = search_engine.get_engine()
    search_engine._WORD_TOKENS.clear()
    for _ in range(2):  # the words new, then kept
        for p in phrases:
            (clause,) = parse(f'"{p}"')
            assert engine.phrase_pairs([clause]) == {clause: expected[p]}, p
    assert {"emergency", "café", "2019"} <= search_engine._WORD_TOKENS.keys()
    search_engine._WORD_TOKENS.clear()


def test_sqlite_pairs_kept_on_save_and_reindex_and_asked_for(fire_paper, admin_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's pairs only")

    def holding(token):
        with connection.cursor() as cur:
            cur.execute(
                "SELECT substr(d.body, 4) FROM search_fts JOIN search_searchdoc d ON d.id = search_fts.rowid "
                "WHERE search_fts MATCH %s AND d.paper_id = %s ORDER BY 1",
                [f'pairs : "{token}"', fire_paper.pk],
            )
            return [r[0] for r in cur.fetchall()]

    for _ in range(2):
        assert holding("firstfire05") == ["The first fire station opened in March."]
        assert holding("firefirst04") == ["The fire first reached the roof."]
        assert holding("firefirst05") == []  # the length tells ("fire", "first") from ("firef", "irst")
        assert holding("offic") == []  # words are not pairs
        assert holding("ofstaff02") == ["A chief of staff reported; fire officers attended."]
        services.reindex()
    with CaptureQueriesContext(connection) as ctx:
        services.search(everyone(admin_user), '"first fire station"')
    asked = [q["sql"] for q in ctx.captured_queries if "firstfire05" in q["sql"]]
    assert asked and all("firestation04" in sql for sql in asked)


@pytest.mark.parametrize(
    "probe, sparse, dense",
    [(400, 4000, 0.05), (1, 4000, 0.05), (1, 1, 1.01)],  # the probe's rows, a set, a sparse walk
)
def test_sqlite_candidates_are_read_from_the_covering_index(
    archive, member, monkeypatch, probe, sparse, dense
):
    """Migration 0008: sparse candidates (the probe's few rows, a match read as a set, a walk of a
    match sparser than DENSE) are read from search_doc_facets alone, never from the wide rows: a
    column added to what they read must be added to the index too."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from boardwork.search.engine import Sqlite

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's index only")
    monkeypatch.setattr(Sqlite, "PROBE", probe)
    monkeypatch.setattr(Sqlite, "SPARSE", sparse)
    monkeypatch.setattr(Sqlite, "DENSE", dense)
    with CaptureQueriesContext(connection) as ctx:
        result = services.search(scope_for(member), "prevent")
    assert result.total >= 2
    reads = [q["sql"] for q in ctx.captured_queries if "search_doc_facets" in q["sql"]]
    assert reads
    for sql in reads:
        with connection.cursor() as cur:
            cur.execute(f"EXPLAIN QUERY PLAN {sql}")
            plan = " / ".join(row[-1] for row in cur.fetchall())
        assert "COVERING INDEX search_doc_facets" in plan, plan


@pytest.mark.parametrize("q", ["prevent", "council", '"Welsh LGA"', "roundtable -taxi", "council board"])
def test_sqlite_walk_through_the_index_or_the_table_finds_the_same(
    archive, admin_user, member, board, monkeypatch, q
):
    """A match walked newest first is read from the table (dense) or from the covering index
    (sparser than DENSE): the same hits in the same order, totals, capped flags and facets, for
    each scope and with filters; and the walk read where the density said."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from boardwork.search.engine import Sqlite

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's walks only")
    # Every positive query walks: a probe of one row, no set.
    monkeypatch.setattr(Sqlite, "PROBE", 1)
    monkeypatch.setattr(Sqlite, "SPARSE", 1)
    filters = services.Filters(boards=[board.pk])
    if q.endswith(" board"):
        q = q.removesuffix(" board")
    else:
        filters = None
    answers = {}
    for dense, read in ((0.0, "NOT INDEXED"), (1.01, "INDEXED BY search_doc_facets")):
        monkeypatch.setattr(Sqlite, "DENSE", dense)
        for who in (everyone(admin_user), scope_for(member)):
            with CaptureQueriesContext(connection) as ctx:
                r = services.search(who, q, filters) if filters else services.search(who, q)
            walks = [x["sql"] for x in ctx.captured_queries if "ORDER BY search_fts.rowid DESC" in x["sql"]]
            assert walks and all(read in sql for sql in walks), walks
            facets = {k: dict(v) for k, v in r.facets.items()}
            answers.setdefault(who, []).append(([h.doc.pk for h in r.hits], r.total, r.capped, facets))
    for by_table, by_index in answers.values():
        assert by_table == by_index
    assert any(a[0][1] for a in answers.values())  # something was found


def test_sqlite_candidate_columns_come_newest_first_whatever_the_statement_order():
    """SQLite's aggregate keeps no order by contract: columns read in another order are put newest
    first, each column with its own rows."""
    from django.db import connection

    from boardwork.search.engine import _json_columns

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's columns only")
    sql = "SELECT value AS id, 'k' || value AS kind FROM json_each('[3, 7, 1, 5]')"
    with connection.cursor() as cur:
        assert _json_columns(cur, sql, ("id", "kind"), []) == [[7, 5, 3, 1], ["k7", "k5", "k3", "k1"]]


@pytest.mark.parametrize(
    "q, filtered, walks",
    [
        ("licensing", False, True),
        ('"Prevent"', False, True),
        ("licensing", True, False),
        ("licensing -roundtable", False, False),
        ('"Welsh LGA"', False, False),
        ("licensing taxis", False, False),
    ],
)
def test_sqlite_page_of_one_counted_word_walks_it_over_the_pages_ids(
    archive, admin_user, member, board, q, filtered, walks
):
    """SQLite: the page of a query that is one word, nothing else (no filter, no exclusion, no
    phrase), which the probe counted, reads its snippets by walking the word over the page's ids
    once, not by filtering FTS5 once per id; any other query keeps the per-id filter. The
    documents, snippets and headings are the same either way."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from boardwork.search.engine import get_engine

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's page only")
    engine = get_engine()
    filters = services.Filters(boards=[board.pk]) if filtered else None
    for who in (everyone(admin_user), scope_for(member)):
        with CaptureQueriesContext(connection) as ctx:
            r = services.search(who, q, filters) if filters else services.search(who, q)
        pages = [x["sql"] for x in ctx.captured_queries if "snippet(" in x["sql"]]
        assert r.hits and len(pages) == 1
        assert ("BETWEEN" in pages[0]) is walks, pages[0]
        positive = [c for c in parse(q) if not c.negated]
        ids = [h.doc.pk for h in r.hits]
        by_span = {
            pk: (d.key, snip, head) for pk, (d, snip, head) in engine.page(positive, ids, few=True).items()
        }
        by_id = {pk: (d.key, snip, head) for pk, (d, snip, head) in engine.page(positive, ids).items()}
        assert by_span == by_id and sorted(by_id) == sorted(ids)
        assert all("\ue000" in snip or "\ue000" in head for _, snip, head in by_id.values())


def test_sqlite_page_asks_fts5_for_one_row_per_id_and_shows_its_own_snippets(board, cycles, admin_user):
    """SQLite: a page's snippets and headings (but a counted lone word's, walked over the page's
    ids) are asked of FTS5 once per id and for one row, a scalar subquery: joined on `rowid IN
    (…)`, FTS5 walked on from each id to the query's next match beyond it before finding it had
    no more. What the page shows is FTS5's own `snippet()` and `highlight()` of the join, for
    phrases, words and a phrase through stop words; an id the text does not match has none."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from boardwork.search.engine import MARK_END, MARK_START, get_engine

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's page only")
    filler = "The members noted the budget and asked officers for a further update in the spring."
    paragraphs = [
        f"{filler} The review of the local plan was agreed." if i % 3 == 0 else f"{filler} Item {i}."
        for i in range(30)
    ]
    paragraphs[6] = (
        "Review of the local plan: " + " ".join([filler] * 6) + " A review of the local plan again."
    )
    paragraphs[9] = "A review of the Local Government Act, and of the local plan."
    make_paper(board, cycles[1], "Review of the local plan", paragraphs)
    make_paper(board, cycles[0], "Local plan review: of the local review", ["The local review of the plan."])
    engine = get_engine()
    marks = f"'{MARK_START}', '{MARK_END}'"
    for q in ('"review of the local"', "review local", '"local plan"', "review -budget"):
        positive = [c for c in parse(q) if not c.negated]
        with connection.cursor() as cur:
            cur.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH %s", [engine.text_match(positive)]
            )
            matching = sorted(r[0] for r in cur.fetchall())
            other = SearchDoc.objects.exclude(pk__in=matching).values_list("pk", flat=True).first()
            ids = [*matching, other]
            cur.execute(
                f"SELECT d.id, snippet(search_fts, 1, {marks}, '…', 40), highlight(search_fts, 0, {marks}) "
                "FROM search_fts JOIN search_searchdoc d ON d.id = search_fts.rowid "
                f"WHERE search_fts MATCH %s AND search_fts.rowid IN ({', '.join(['%s'] * len(ids))})",
                [engine.text_match(positive), *ids],
            )
            fts5 = {pk: (snip, head) for pk, snip, head in cur.fetchall()}
        with CaptureQueriesContext(connection) as ctx:
            shown = {pk: (snip, head) for pk, (_, snip, head) in engine.page(positive, ids).items()}
        assert len(matching) >= 3 and other not in fts5, q
        assert shown == fts5, q
        [sql] = [x["sql"] for x in ctx.captured_queries]
        assert "search_fts.rowid = d.id" in sql and "search_fts.rowid IN" not in sql, sql
    # Headings marked, and several instances in one text marked as FTS5 marks them.
    assert sum(MARK_START in head for _, head in shown.values()) >= 2
    result = services.search(everyone(admin_user), '"review of the local"')
    # Ten paragraphs; each paper as a document and its heading block ("review: of the local review").
    assert result.total == 14 and all("<mark>" in h.snippet or "<mark>" in h.heading for h in result.hits)


def test_page_makes_the_documents_the_orm_would(archive, admin_user):
    """Engine.page makes its documents without Model.__init__: the same fields, values, types and
    state as the ORM's own (`defer("pairs")`), `pairs` loaded when read; with a listener on
    SearchDoc's post_init it goes through from_db, so the signal is sent."""
    from django.db import connection
    from django.db.models.signals import post_init

    from boardwork.search.engine import get_engine

    engine = get_engine()
    ids = list(SearchDoc.objects.order_by("-id").values_list("id", flat=True)[:20])
    assert SearchDoc.objects.filter(id__in=ids, date__isnull=False).exists()
    assert SearchDoc.objects.filter(id__in=ids, published=True).exists()
    orm = SearchDoc.objects.defer("pairs").in_bulk(ids)
    for positive in (parse("prevent"), []):
        mine = engine.page(positive, ids)
        assert mine and mine.keys() <= orm.keys()
        for pk, (doc, _, _) in mine.items():
            other = orm[pk]
            assert type(doc) is SearchDoc and vars(doc).keys() == vars(other).keys()
            for name, value in vars(doc).items():
                if name != "_state":
                    assert value == getattr(other, name) and type(value) is type(getattr(other, name)), name
            assert (doc._state.db, doc._state.adding) == (connection.alias, False) == (other._state.db, False)
            assert doc.get_deferred_fields() == other.get_deferred_fields() == {"pairs"}
            assert doc == other and hash(doc) == hash(other)
    doc = next(iter(engine.page([], ids).values()))[0]
    assert doc.pairs == SearchDoc.objects.get(pk=doc.pk).pairs and not doc.get_deferred_fields()
    seen = []

    def listener(sender, instance, **kwargs):
        seen.append(instance.pk)

    post_init.connect(listener, sender=SearchDoc)
    try:
        assert sorted(engine.page([], ids)) == sorted(seen) == sorted(ids)
    finally:
        post_init.disconnect(listener, sender=SearchDoc)


def test_exclusion(archive, admin_user):
    with_fraud = services.search(everyone(admin_user), "prevent")
    without = services.search(everyone(admin_user), "prevent -fraud")
    assert without.total == with_fraud.total - 1
    assert not any("fraud" in b for b in bodies(without))


def test_only_exclusions_find_nothing_without_filters(archive, admin_user):
    assert services.search(everyone(admin_user), "-fraud").total == 0


def test_title_ranks_above_body(archive, admin_user):
    result = services.search(everyone(admin_user), "webinar")
    assert result.hits[0].doc.kind == "activity"  # "Prevent webinar" in its title


def test_paper_titles_are_found(archive, admin_user):
    result = services.search(everyone(admin_user), "culture annual")
    assert ("paper", "Culture board annual report") in found(result)


# -- filters --------------------------------------------------------------------------------------


def test_filter_by_board_type_year_kind_date(archive, admin_user, board):
    scope = everyone(admin_user)
    assert {
        h.doc.board_id for h in services.search(scope, "licensing", services.Filters(boards=[board.pk])).hits
    } == {board.pk}
    only_acts = services.search(scope, "licensing", services.Filters(types=["activity"]))
    assert {h.doc.kind for h in only_acts.hits} == {"activity"}
    y2021 = services.search(scope, "licensing", services.Filters(year_from=2021, year_to=2021))
    assert found(y2021) and {h.doc.year for h in y2021.hits} == {2021}
    plans = services.search(scope, "licensing", services.Filters(paper_kinds=["work_plan"]))
    assert {h.doc.paper_kind for h in plans.hits} == {"work_plan"}
    dated = services.search(
        scope, "prevent", services.Filters(date_from=dt.date(2020, 10, 1), date_to=dt.date(2020, 12, 31))
    )
    assert found(dated) == [("activity", "Prevent webinar")]


def test_board_and_year_groups_become_one_group_of_board_year_tags():
    from boardwork.search.engine import BOARD_YEARS, board_years

    audience = ["zvpublic", "zvr3"]
    assert board_years([audience, ["zb3", "zb17"], ["zy2019", "zy2020"], ["zkminutes"]]) == [
        audience,
        ["zkminutes"],
        ["zby3y2019", "zby3y2020", "zby17y2019", "zby17y2020"],
    ]
    assert board_years([audience, ["zb3"]]) == [audience, ["zb3"]]  # no year: as it was
    assert board_years([["zb3"], ["zy2019"]]) == [["zb3"], ["zy2019"]]  # the audience group is never one
    years = [f"zy{y}" for y in range(1990, 1990 + BOARD_YEARS)]
    assert board_years([audience, ["zb3", "zb4"], years]) == [audience, ["zb3", "zb4"], years]  # too many


def test_board_and_year_filter_asks_for_their_one_tag_and_finds_the_same(
    archive, admin_user, board, monkeypatch
):
    """Documents with a board and a year carry both as one tag (migration 0009), and a search
    within boards and years finds by it exactly what the two filters find apart."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from boardwork.search import engine

    docs = SearchDoc.objects.exclude(board_id=None).exclude(year=None)
    assert docs.exists()
    assert all(f"zby{d.board_id}y{d.year}" in d.tags.split() for d in docs)
    scope = everyone(admin_user)
    cases = [("licensing", [board.pk], 2021), ("prevent", [board.pk], 2020), ("", [board.pk], 2020)]

    def answers():
        out = []
        for q, boards, year in cases:
            r = services.search(scope, q, services.Filters(boards=boards, year_from=year, year_to=year))
            out.append(([h.doc.pk for h in r.hits], r.total, r.facets))
        return out

    with override_settings(SEARCH_PREPARED_STATEMENTS=False), CaptureQueriesContext(connection) as ctx:
        combined = answers()
    assert all(total for _, total, _ in combined)
    if connection.vendor == "postgresql":
        assert any(f"zby{board.pk}y2021" in x["sql"] for x in ctx.captured_queries)
    monkeypatch.setattr(engine, "board_years", lambda groups: groups)
    assert answers() == combined


def test_migration_0009_adds_and_removes_the_board_year_tags(archive):
    import importlib

    from django.db import connection

    mig = importlib.import_module("boardwork.search.migrations.0009_board_year_tags")
    before = {d.pk: set(d.tags.split()) for d in SearchDoc.objects.all()}
    with connection.cursor() as cur:
        cur.execute(mig.DOWN)
    down = {d.pk: set(d.tags.split()) for d in SearchDoc.objects.all()}
    assert down == {pk: {t for t in tags if not t.startswith("zby")} for pk, tags in before.items()}
    assert down != before
    with connection.cursor() as cur:
        cur.execute(mig.UP)
    assert {d.pk: set(d.tags.split()) for d in SearchDoc.objects.all()} == before


def test_filter_by_theme_follows_lineage(archive, admin_user):
    t20, t21 = archive["themes"]
    result = services.search(everyone(admin_user), "", services.Filters(themes=[t21.pk]))
    titles = {h.doc.title for h in result.hits}
    assert {"Prevent webinar", "Licensing roundtable"} <= titles  # 2020/21's theme is the same line


def test_facet_counts(archive, admin_user, board, other_board):
    result = services.search(everyone(admin_user), "licensing")
    assert result.facets["board_id"][board.pk] == 2  # the work plan paragraph, the pending activity
    assert result.facets["board_id"][other_board.pk] == 2
    assert result.facets["kind"]["activity"] == 2


# -- snippets -------------------------------------------------------------------------------------


def test_snippets_highlight_and_escape_paper_html(board, cycles, admin_user):
    make_paper(
        board, cycles[0], "Odd paper", ['<script>alert("x")</script> <b>bold</b> Prevent & \ue000cure\ue001']
    )
    hit = services.search(everyone(admin_user), "prevent").hits[0]
    html = str(hit.snippet)
    assert "<script>" not in html and "<b>" not in html
    assert "&amp;" in html
    assert "<mark>Prevent</mark>" in html
    assert "<mark>cure" not in html  # the paper's own marker characters were stripped, not trusted


@pytest.mark.parametrize(
    "text",
    [
        "Prevent briefing: thanks to <Cllr> Patel.",
        "Prevent duty applies where a < b and c > d.",
        "Prevent <b>duty</b> & <i>cohesion</i> in one <Long Tag with words> here.",
    ],
)
def test_snippets_keep_the_papers_angle_brackets_escaped(board, cycles, admin_user, text):
    # Database full-text parsers read "<Cllr>" as markup and leave it out of snippets; the paper
    # says it, so the snippet must show it, as text. (The match comes first: a snippet may start
    # at it.)
    from django.utils.html import escape

    make_paper(board, cycles[0], "Brackets", [text])
    hit = services.search(everyone(admin_user), "prevent").hits[0]
    html = str(hit.snippet)
    shown = html.replace("<mark>", "").replace("</mark>", "")
    assert escape(text.rstrip(".")) in shown  # ts_headline may leave out the final full stop
    assert "<mark>Prevent</mark>" in html
    assert html.count("<") == html.count("<mark>") + html.count("</mark>")


# -- permissions: results and counts --------------------------------------------------------------


def matrix(archive, user):
    scope = scope_for(user)
    r = services.search(scope, "licensing")
    return r, {h.doc.key for h in r.hits}


def key(obj, kind=None):
    from boardwork.papers.models import StoredPaper

    if isinstance(obj, StoredPaper):
        return f"paper:{obj.pk}"
    return f"{kind or obj._meta.model_name}:{obj.pk}"


def test_public_sees_published_papers_only(archive):
    r = services.search(PUBLIC_SCOPE, "prevent")
    assert r.hits and all(h.doc.paper_id == archive["public"].pk for h in r.hits)
    assert r.total == len(r.hits) == 2
    assert sum(r.facets["kind"].values()) == 2
    assert services.search(PUBLIC_SCOPE, "licensing").total == 0


def test_member_sees_boards_papers_and_accepted_records(archive, member, other_board):
    r, keys = matrix(archive, member)
    assert f"activity:{archive['pending'].pk}" not in keys  # to review: officers only
    assert f"activity:{archive['theirs'].pk}" not in keys  # another board's
    assert any(h.doc.paper_id == archive["private"].pk for h in r.hits)
    assert other_board.pk not in r.facets["board_id"]
    assert r.total == 1
    assert services.search(scope_for(member), "webinar").total == 1


def test_officer_also_sees_records_to_review_marked(archive, officer):
    r, keys = matrix(archive, officer)
    assert f"activity:{archive['pending'].pk}" in keys
    pending = next(h for h in r.hits if h.doc.key == f"activity:{archive['pending'].pk}")
    assert pending.doc.review == "to_review"
    assert r.total == 2
    to_review = services.search(scope_for(officer), "", services.Filters(to_review=True))
    assert [h.doc.key for h in to_review.hits] == [f"activity:{archive['pending'].pk}"]


def test_outsider_sees_nothing_of_other_boards(archive, outsider, board):
    r, keys = matrix(archive, outsider)
    assert board.pk not in r.facets["board_id"]
    assert all(h.doc.board_id != board.pk for h in r.hits)
    # …but their own board's material, and what our board published.
    assert f"activity:{archive['theirs'].pk}" in keys
    assert services.search(scope_for(outsider), "cohesion").total == 1  # the published paragraph


def test_member_filtering_on_a_board_they_cannot_see_gets_nothing(archive, member, other_board):
    r = services.search(scope_for(member), "licensing", services.Filters(boards=[other_board.pk]))
    assert r.total == 0 and not r.facets["board_id"]


def test_rejected_records_are_found_by_officers_only_marked(archive, member, officer):
    a = archive["accepted"]
    a.review = "rejected"
    a.save()
    key = f"activity:{a.pk}"
    assert key not in {h.doc.key for h in services.search(scope_for(member), "webinar").hits}
    hits = {h.doc.key: h for h in services.search(scope_for(officer), "webinar").hits}
    assert hits[key].doc.review == "rejected"


def test_members_find_their_own_feedback_only(board, cycles, member, officer):
    from boardwork.plans.models import Feedback

    Feedback.objects.create(cycle=cycles[0], author=member, text="My note on sprinklers.")
    Feedback.objects.create(cycle=cycles[0], text="Someone else's note on sprinklers.")
    assert [h.doc.body for h in services.search(scope_for(member), "sprinklers").hits] == [
        "My note on sprinklers."
    ]
    assert services.search(scope_for(officer), "sprinklers").total == 2


# -- the index follows the records, in their transaction ------------------------------------------


def test_save_and_delete_update_the_index_in_the_same_transaction(board, cycles, admin_user):
    from boardwork.activities.models import Activity

    scope = everyone(admin_user)
    with transaction.atomic():
        a = Activity.objects.create(board=board, cycle=cycles[0], title="Knife crime summit", text="Summit.")
        assert services.search(scope, "knife").total == 1  # before commit, inside the writer's transaction
        a.title = "Serious violence summit"
        a.save()
        assert services.search(scope, "knife").total == 0
        assert services.search(scope, "violence").total == 1
    a.delete()
    assert services.search(scope, "violence").total == 0


def _kinds(scope, q):
    return sorted(h.doc.kind for h in services.search(scope, q).hits)


def test_renamed_records_are_found_under_the_new_name_at_once(board, cycles, officer):
    from boardwork.activities.models import Organisation, Policy
    from boardwork.boards.models import Person
    from boardwork.plans.models import Commitment, Feedback, Theme

    theme = Theme.objects.create(cycle=cycles[1], title="Flooding")
    Commitment.objects.create(theme=theme, title="Lobby for resilience funding")
    person = Person.objects.create(name="Ann Bloggs")
    Feedback.objects.create(cycle=cycles[1], theme=theme, person=person, text="Good work this year.")
    org = Organisation.objects.create(name="Quangoville Agency")
    policy = Policy.objects.create(title="Widgets Bill", kind="bill")
    scope = scope_for(officer)
    assert _kinds(scope, "flooding") == ["commitment", "feedback"]
    assert _kinds(scope, "bloggs") == ["feedback", "person"]

    with transaction.atomic():
        theme.title = "Drought"
        theme.save()
        person.name = "Ann Smithers"
        person.save()
        org.name = "Regulator of Widgets"
        org.save()
        policy.title = "Widgets Act"
        policy.kind = "act"
        policy.save()
        # Found under the new names inside the writer's transaction, before any reindex.
        assert _kinds(scope, "drought") == ["commitment", "feedback"]
        assert _kinds(scope, "smithers") == ["feedback", "person"]
        assert _kinds(scope, "regulator") == ["organisation"]
        assert _kinds(scope, '"widgets act"') == ["policy"]
    assert _kinds(scope, "flooding") == []
    assert _kinds(scope, "bloggs") == []
    assert _kinds(scope, "quangoville") == []
    assert _kinds(scope, '"widgets bill"') == []


def test_rolled_back_change_leaves_no_trace(board, cycles, admin_user):
    from boardwork.activities.models import Activity

    with pytest.raises(RuntimeError), transaction.atomic():
        Activity.objects.create(board=board, cycle=cycles[0], title="Ghost", text="Phantom record.")
        raise RuntimeError
    assert services.search(everyone(admin_user), "phantom").total == 0


def test_publishing_a_paper_makes_it_public(archive):
    p = archive["private"]
    assert services.search(PUBLIC_SCOPE, "taxis").total == 0
    p.publish()
    assert services.search(PUBLIC_SCOPE, "taxis").total == 1
    p.delete()
    assert services.search(PUBLIC_SCOPE, "taxis").total == 0


def test_bulk_accept_all_is_indexed(board, cycles, member):
    from boardwork.activities.models import Activity
    from boardwork.papers.services import accept_all

    paper = make_paper(board, cycles[0], "Imported", ["Anti-social behaviour powers."])
    Activity.objects.bulk_create(
        [
            Activity(
                board=board,
                cycle=cycles[0],
                title=f"Antisocial item {i}",
                text="Powers.",
                review="to_review",
                source_paper=paper,
            )
            for i in range(3)
        ]
    )
    from boardwork.boards.signals import records_changed

    records_changed.send(sender=Activity)  # as the importer does after its bulk_create
    assert services.search(scope_for(member), "antisocial", services.Filters(types=["activity"])).total == 0
    accept_all(paper)
    assert services.search(scope_for(member), "antisocial", services.Filters(types=["activity"])).total == 3


def test_progress_updates_and_feedback_are_found(board, cycles, officer):
    from boardwork.plans.models import Commitment, Feedback, ProgressUpdate, Theme

    theme = Theme.objects.create(cycle=cycles[1], title="Fire safety")
    c = Commitment.objects.create(theme=theme, title="Cladding remediation campaign")
    ProgressUpdate.objects.create(
        commitment=c, quarter=1, rag="amber", commentary="Delayed by the fire service review."
    )
    Feedback.objects.create(cycle=cycles[1], theme=theme, text="More on sprinklers in tower blocks please.")
    scope = scope_for(officer)
    assert [h.doc.kind for h in services.search(scope, "cladding").hits] == ["commitment"]
    assert [h.doc.kind for h in services.search(scope, "delayed fire").hits] == ["update"]
    assert [h.doc.kind for h in services.search(scope, "sprinklers").hits] == ["feedback"]


def test_reindex_rebuilds_everything(archive, admin_user):
    scope = everyone(admin_user)
    before = services.search(scope, "licensing").total
    SearchDoc.objects.all().delete()
    assert services.search(scope, "licensing").total == 0
    counts = services.reindex()
    assert counts["activity"] == 3 and counts["paper"] == 3
    assert services.search(scope, "licensing").total == before


def test_timeline_of_a_theme_year_by_year(archive, admin_user):
    t20, t21 = archive["themes"]
    years = services.timeline(everyone(admin_user), theme=t21)
    assert [(y.label, [h.doc.title for h in y.result.hits if h.doc.kind == "activity"]) for y in years] == [
        ("2020/21", ["Prevent webinar"]),
        ("2021/22", ["Licensing roundtable"]),
    ]


def test_timeline_of_a_search_by_year(archive, admin_user):
    years = services.timeline(everyone(admin_user), q="licensing")
    assert [y.year for y in years] == [2021, 2020]
    assert all(h.doc.year == y.year for y in years for h in y.result.hits)


def test_bulk_sync_costs_the_same_queries_for_3_or_30_records(board, cycles):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from boardwork.activities.models import Activity
    from boardwork.boards.signals import records_changed

    def bulk(n):
        Activity.objects.bulk_create(
            [Activity(board=board, cycle=cycles[0], title=f"Item {i}", text="Text.") for i in range(n)]
        )
        with CaptureQueriesContext(connection) as ctx:
            records_changed.send(sender=Activity)
        return len(ctx.captured_queries)

    small, large = bulk(3), bulk(30)
    assert small == large
    assert SearchDoc.objects.filter(kind="activity").count() == 33


def test_deleting_a_commitment_drops_its_updates(board, cycles, admin_user):
    from boardwork.plans.models import Commitment, ProgressUpdate, Theme

    theme = Theme.objects.create(cycle=cycles[1], title="Flooding")
    c = Commitment.objects.create(theme=theme, title="Flood resilience guidance")
    ProgressUpdate.objects.create(commitment=c, quarter=2, rag="green", commentary="Sandbags distributed.")
    assert services.search(everyone(admin_user), "sandbags").total == 1
    c.delete()
    assert services.search(everyone(admin_user), "sandbags").total == 0
    assert not SearchDoc.objects.filter(kind__in=["commitment", "update"]).exists()


def test_postgres_gin_indexes_have_no_pending_list():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's GIN indexes only")
    with connection.cursor() as cur:
        cur.execute(
            "SELECT c.relname, c.reloptions FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin' "
            "AND i.indrelid IN ('search_searchdoc'::regclass, 'search_pgindex'::regclass)"
        )
        options = dict(cur.fetchall())
    assert options == {"search_pgindex_tsv": ["fastupdate=off"]}


def test_reindex_warms_the_cache_once_the_index_is_rebuilt(archive, monkeypatch):
    from boardwork.search.engine import get_engine

    engine = type(get_engine())
    calls = []
    rebuild, warm = engine.rebuild, engine.warm
    monkeypatch.setattr(engine, "rebuild", lambda self: calls.append("rebuild") or rebuild(self))
    monkeypatch.setattr(engine, "warm", lambda self: calls.append("warm") or warm(self))
    services.reindex()
    assert calls == ["rebuild", "warm"]
    assert services.search(PUBLIC_SCOPE, "prevent").total == 2


def test_postgres_warm_reads_the_narrow_table_through_shared_buffers():
    from django.db import connection

    from boardwork.search.engine import Postgres

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's shared buffers only")
    # A sequential scan of a table larger than a quarter of shared buffers reads it through a
    # small ring and leaves them as they were; a TID range scan reads every page into them.
    with transaction.atomic(), connection.cursor() as cur:
        cur.execute("SET LOCAL enable_seqscan = off")
        cur.execute("EXPLAIN " + Postgres.WARM_SQL)
        plan = " ".join(row[0] for row in cur.fetchall())
    assert "Tid Range Scan on search_pgindex" in plan and "Seq Scan" not in plan
    Postgres().warm()
    with connection.cursor() as cur:
        cur.execute("SHOW enable_seqscan")
        assert cur.fetchone()[0] == "on"  # the setting was the warm's alone


@pytest.mark.parametrize(
    "plan",
    [((0, 1), False), ((0, 1), True), ((1, 2), False), ((1, 1, 2), False), ((1, 2, 3), True), (None, True)],
)
@pytest.mark.parametrize(
    "q", ["prevent", "roundtable -taxi", '"Welsh LGA"', "council", '"private hire vehicles"']
)
def test_postgres_plans_find_what_one_query_does(archive, admin_user, member, board, monkeypatch, q, plan):
    """The engine's plans (engine.Postgres._plan: the newest window of ids first; the audience
    tested on the filters' rows) find the same hits, totals and facets as one plain query."""
    from django.db import connection

    from boardwork.search.engine import Postgres

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's plans only")
    for scope in (everyone(admin_user), scope_for(member)):
        filters = services.Filters(boards=[board.pk])
        monkeypatch.setattr(Postgres, "_plan", lambda self, *a: (None, False))
        whole = services.search(scope, q, filters)
        monkeypatch.setattr(Postgres, "_plan", lambda self, *a, plan=plan: plan)
        planned = services.search(scope, q, filters)
        assert whole.total > 0
        assert [h.doc.pk for h in planned.hits] == [h.doc.pk for h in whole.hits]
        assert (planned.total, planned.facets) == (whole.total, whole.facets)


@pytest.mark.parametrize("per_row", [False, True])
def test_postgres_window_is_a_key_of_its_own(archive, member, board, monkeypatch, per_row):
    """A window of ids is a condition of its own in the GIN scan, beside the query's words, and so
    is a wide audience (Postgres.candidates): GIN leapfrogs between its keys, so it walks the
    words' matches in the window rather than every id of it, and fetches visible rows only. Within
    one tsquery (one key) the window's tags were the scan's required entries; tested on each row,
    the audience fetched the invisible rows too."""
    from django.db import connection

    from boardwork.search.engine import Postgres

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's plans only")
    monkeypatch.setattr(Postgres, "_plan", lambda self, *a: ((0, 1), per_row))
    statements = []

    def keep(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(keep):
        found = services.search(scope_for(member), "prevent", services.Filters())
    assert found.total > 0
    windows = [(sql, params) for sql, params in statements if "'_zqd" in " ".join(map(str, params))]
    assert windows
    for sql, params in windows:
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute("SET LOCAL enable_seqscan = off")  # a few rows: as at scale, the GIN index
            cur.execute("EXPLAIN " + sql, params)
            plan = "\n".join(r[0] for r in cur.fetchall())
        keys = 3 if per_row else 2  # the words, the audience when it is wide, the window
        conditions = " AND ".join(f"(tsv @@ ${i})" for i in range(keys))
        assert f"Index Cond: ({conditions})" in plan
        assert "aud @@" not in plan


@pytest.mark.parametrize("q", ['"private hire vehicles"', '"taxis and private hire" licensing'])
def test_postgres_phrase_is_checked_after_the_audience_on_each_row(
    archive, admin_user, member, board, monkeypatch, q
):
    """With the audience tested on each row, a phrase that its pairs do not prove (three words or
    more) is checked after the audience, as a filter: the scan holds its pairs only, with no
    recheck, so only visible rows' vectors are read for the phrase. In the index condition, a
    bitmap heap scan rechecked the phrase on every row holding the pairs before the audience's
    filter (a row's vector read from TOAST for each, visible or not). The same hits either way."""
    from django.db import connection

    from boardwork.search.engine import Postgres

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's plans only")
    statements = []

    def keep(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    for scope, expected in ((scope_for(member), 1), (everyone(admin_user), 1), (PUBLIC_SCOPE, 0)):
        monkeypatch.setattr(Postgres, "_plan", lambda self, *a: (None, False))
        whole = services.search(scope, q, services.Filters())
        monkeypatch.setattr(Postgres, "_plan", lambda self, *a: (None, True))
        statements.clear()
        with connection.execute_wrapper(keep):
            per_row = services.search(scope, q, services.Filters())
        assert whole.total == expected
        assert [(h.doc.pk, h.score, str(h.snippet)) for h in per_row.hits] == [
            (h.doc.pk, h.score, str(h.snippet)) for h in whole.hits
        ]
        assert (per_row.total, per_row.facets) == (whole.total, whole.facets)
    scan = [(sql, params) for sql, params in statements if "WITH s AS MATERIALIZED" in sql]
    assert len(scan) == 1
    sql, params = scan[0]
    with transaction.atomic(), connection.cursor() as cur:
        cur.execute("SET LOCAL enable_seqscan = off")  # a few rows: as at scale, the GIN index
        cur.execute("EXPLAIN " + sql, params)
        plan = [r[0] for r in cur.fetchall()]
    # The scan's tsquery holds the pairs, not the phrase: the phrase is the check's.
    assert "<->" not in params[0] and "<->" in " ".join(p for p in params if isinstance(p, str))
    # The check filters the audience's scan's rows (an outer node, printed first), on the copy of
    # the vector that is then ranked.
    check = next(i for i, line in enumerate(plan) if "Filter: ts_match_vq(d.tsv" in line)
    audience = next(i for i, line in enumerate(plan) if "Filter:" in line and "aud @@" in line)
    assert check < audience and "ts_match_vq" not in plan[audience]
    assert not any("ts_match_vq" in line for line in plan if "Index Cond" in line or "Recheck" in line)


@pytest.mark.parametrize("per_row", [False, True])
def test_postgres_phrase_is_checked_after_the_windows_too(board, cycles, member, monkeypatch, per_row):
    """After the windows, the rest of the ids is asked with the phrase as a filter too, the same
    hits as one plain query."""
    from django.db import connection

    from boardwork.search.engine import Postgres

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's plans only")
    make_paper(board, cycles[0], "Licensing", ["Private hire vehicles were licensed in 2020."])
    # The next documents past the first window of 1,024 ids: a window holds them, the rest the
    # first.
    with connection.cursor() as cur:
        cur.execute(
            "SELECT setval(pg_get_serial_sequence('search_searchdoc', 'id'), "
            "(SELECT max(id) FROM search_searchdoc) + 5000)"
        )
    make_paper(board, cycles[1], "Taxis", ["Private hire vehicles and taxis: licensing reviewed."])
    make_paper(board, cycles[1], "Vehicles", ["Hire of private vehicles was not reviewed."])
    monkeypatch.setattr(Postgres, "MAX_WINDOWS", 1)
    scope = scope_for(member)
    for q in ['"private hire vehicles"', '"private hire vehicles" licensing']:
        monkeypatch.setattr(Postgres, "_plan", lambda self, *a: (None, False))
        whole = services.search(scope, q, services.Filters())
        monkeypatch.setattr(Postgres, "_plan", lambda self, *a: ((0, 1), per_row))
        planned = services.search(scope, q, services.Filters())
        assert whole.total == 2
        assert [(h.doc.pk, h.score) for h in planned.hits] == [(h.doc.pk, h.score) for h in whole.hits]
        assert (planned.total, planned.facets) == (whole.total, whole.facets)
        ids = [h.doc.pk for h in planned.hits]
        assert max(ids) - min(ids) > 5000


@pytest.mark.parametrize("per_row", [False, True])
def test_postgres_chained_pairs_prove_a_phrase_without_its_vector(
    board, cycles, member, monkeypatch, per_row
):
    """In windows and the rest after them, a phrase of three words whose pairs chain is proven by
    them where the word they share is there once, in the body (not in `rk`); elsewhere (the word
    repeated, or in the heading) its vector is read, as before. The same hits as one plain query,
    which checks every row on its vector: the shared word twice around the two pairs apart is not
    the phrase."""
    from django.db import connection

    from boardwork.search.engine import Postgres

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's plans only")
    make_paper(board, cycles[0], "Precept", ["The Police and Crime Panel agreed the precept."])
    with connection.cursor() as cur:
        cur.execute(
            "SELECT setval(pg_get_serial_sequence('search_searchdoc', 'id'), "
            "(SELECT max(id) FROM search_searchdoc) + 5000)"
        )
    make_paper(
        board,
        cycles[1],
        "Police and Crime Panel",  # the paper's own document: the phrase in its heading
        [
            "Crime fell in the year; the Police and Crime Panel noted the precept.",
            "Police and crime partners met, but the crime panel was not convened.",
        ],
    )
    monkeypatch.setattr(Postgres, "MAX_WINDOWS", 1)
    statements = []

    def keep(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    scope = scope_for(member)
    # The paper's title is its heading, and a paragraph of its text too.
    for q, expected in (('"Police and Crime Panel"', 4), ('"Police and Crime Panel" precept', 2)):
        monkeypatch.setattr(Postgres, "_plan", lambda self, *a: (None, False))
        whole = services.search(scope, q, services.Filters())
        monkeypatch.setattr(Postgres, "_plan", lambda self, *a: ((0, 1), per_row))
        statements.clear()
        with connection.execute_wrapper(keep):
            planned = services.search(scope, q, services.Filters())
        assert whole.total == expected
        assert [(h.doc.pk, h.score) for h in planned.hits] == [(h.doc.pk, h.score) for h in whole.hits]
        assert (planned.total, planned.facets) == (whole.total, whole.facets)
        windows = [sql for sql, params in statements if "'_zqd" in " ".join(map(str, params))]
        rest = [sql for sql, _params in statements if "FROM search_pgindex d WHERE" in sql]
        assert windows and all("NOT d.rk @@" in sql for sql in rest)


def _three_window_sizes():
    """An engine whose windows are 8,192, 65,536 and 524,288 ids, at most 8 buckets of a size and
    the first sized for the matches expected, no more: the cases below were written for those
    (the engine's first size is now 1,024, its runs up to 16, its first window a little larger:
    see the tests after them)."""
    from boardwork.search.engine import Postgres

    engine = Postgres()
    engine.WINDOWS = (("zqa", 13), ("zqb", 16), ("zqc", 19))
    engine.RUN = 8
    engine.FIRST_MARGIN = 1.0
    return engine


def test_postgres_next_window_follows_the_rate_found():
    engine = _three_window_sizes()
    # (size, buckets): sizes 0, 1, 2 are 8,192, 65,536 and 524,288 ids.
    assert engine._next_window(0.0, 1000, 0) == (1, 1)  # nothing yet: one size up
    assert engine._next_window(0.0, 1000, 2) is None  # the largest found nothing: the rest at once
    assert engine._next_window(0.5, 1000, 0) == (0, 1)  # 8,192 ids hold 4,096 more
    assert engine._next_window(0.05, 1000, 0) == (0, 3)  # 3 × 8,192 ids hold 1,228, not 65,536 ids 3,276
    assert engine._next_window(0.05, 100, 1) == (0, 1)  # a few more: back to the smallest
    assert engine._next_window(0.01, 1000, 0) == (1, 2)  # 8 × 8,192 ids hold 655: 2 × 65,536 hold 1,310
    assert engine._next_window(0.001, 1000, 0) == (1, 1)  # none holds 1,000: one size up at a time
    assert engine._next_window(0.002, 1000, 1) == (2, 1)  # 524,288 ids hold 1,048
    assert engine._next_window(0.001, 1000, 2) is None  # not a run of the largest: the rest at once


def test_postgres_first_window_counts_the_newest_bucket_by_its_ids():
    engine = _three_window_sizes()
    # (size, buckets): sizes 0, 1, 2 are 8,192, 65,536 and 524,288 ids; 1,000 matches needed.
    assert engine._first_window(0.5, 1000, 8192 * 5 + 2001) == (0, 1)  # 2,000 newest ids hold them
    assert engine._first_window(0.5, 1000, 8192 * 5 + 1) == (0, 2)  # a bucket begun: one more
    assert engine._first_window(0.1, 1000, 8192 * 5 + 1) == (0, 3)  # 10,000 ids: 2 more buckets
    # 100,000 ids: 14 buckets of 8,192 are too many; the newest of 65,536 holds 32,769, 2 more
    assert engine._first_window(0.01, 1000, 8192 * 20 + 1) == (1, 3)
    assert engine._first_window(0.001, 1000, 2**20 + 1) is None  # a million ids: all at once


def test_postgres_first_window_trims_its_oldest_bucket():
    """The first window's oldest bucket of 8,192 ids (or more) is asked as the fewest newest
    buckets of the next size down that hold what the window is expected to need there
    (Postgres._trimmed; a third item of the plan's window), not the whole bucket: a common word's
    window ended up to a bucket past what it needed, its rows fetched and sorted for nothing."""
    from boardwork.search.engine import Postgres

    engine = Postgres()
    top = 8192 * 5 + 2002  # one more than the newest id
    # 1,000 matches at 0.05 an id: 23,000 ids with the margin; the newest 8,192-id bucket holds
    # 2,002 of them and two whole buckets 16,384, so 4,614 are wanted of the oldest bucket (ids
    # 16,384-24,575): its newest 5 buckets of 1,024 (from id 19,456), not all 8.
    assert engine._first_window(0.05, 1000, top) == (1, 4)
    assert engine._trimmed((1, 4), 0.05, 1000, top) == 5
    assert engine._trimmed((0, 12), 0.1, 1000, top) == 0  # buckets of 1,024: the smallest
    # The whole oldest bucket wanted: 0 (it is asked as itself).
    engine.FIRST_MARGIN = 1.0
    top = 8192 * 5 + 1
    assert engine._first_window(1000 / 16385, 1000, top) == (1, 3)
    assert engine._trimmed((1, 3), 1000 / 16385, 1000, top) == 0


def test_postgres_windows_of_1024_ids_take_a_few_hundred_matches():
    """Migration 0007: windows of 1,024 ids (`_zqd`) come first, so a window asked for the last
    few hundred matches of a common word overshoots by less than 1,024 ids, not 8,192."""
    from boardwork.search.engine import Postgres

    engine = Postgres()
    assert [bits for _, bits in engine.WINDOWS] == [10, 13, 16, 19]
    # (size, buckets): size 0 is 1,024 ids. 0.1 matches an id, 500 more needed: 6 × 1,024 ids.
    assert engine._next_window(0.1, 500, 1) == (0, 6)
    assert engine._next_window(0.1, 1000, 1) == (0, 12)  # up to 16 buckets: 12 × 1,024, not 2 × 8,192
    # 2,000 ids expected, asked for 2,300 (a shortfall would cost a second statement): the
    # newest bucket (1 id so far) and 3 more
    assert engine._first_window(0.5, 1000, 1024 * 40 + 1) == (0, 4)


def test_postgres_windows_walk_no_more_than_the_word():
    """GIN walks every id of a window whose buckets each hold fewer ids than the rarest word has
    documents: a word in 26,300 of a million documents, expected once in 97 ids, is asked in 3
    buckets of 65,536 ids (its own list walked), not in 15 of 8,192 (122,880 ids walked)."""
    from boardwork.search.engine import Postgres

    engine = Postgres()
    assert engine._first_window(0.0103, 1001, 1_000_001) == (1, 15)
    assert engine._first_window(0.0103, 1001, 1_000_001, listed=26_300) == (2, 3)
    assert engine._next_window(0.0103, 1001, 1) == (1, 15)
    assert engine._next_window(0.0103, 1001, 1, listed=26_300) == (2, 2)
    # A common word's list is longer than any window asked: the smallest buckets still.
    assert engine._first_window(0.19, 1001, 1_000_001, listed=540_000) == (0, 7)


def _planned(monkeypatch, shares, lexemes, audience, correlated=()):
    """Postgres._plan's (window, audience per row) for a million documents and 1,001 matches
    wanted, from the statistics `shares` (lexeme → share of the documents), not the database's."""
    import time

    from boardwork.search.engine import Postgres

    stats = {**shares, "_zvpublic": 0.31, "_zvp3": 0.026, "_zva3": 0.01}
    monkeypatch.setattr(Postgres, "_stats", (time.monotonic(), stats, 0.0004))
    return Postgres()._plan(None, lexemes, [audience], 1_000_001, 1001, correlated)


def test_postgres_sparse_words_test_a_wide_audience_on_each_row(monkeypatch):
    """A word in a few hundred documents: GIN would send the audience's long lists (a third of
    the ids) to a new page for each of them; the rows are read and the audience tested on each
    instead — for a wide audience only, and only while the rarest lexeme's list is short."""
    member = ["zvpublic", "zvp3", "zva3"]  # 0.35 of the documents
    officer = ["zvp3", "zva3"]  # 0.036
    assert _planned(monkeypatch, {}, ["stowmer"], member) == (None, True)  # not in the statistics
    assert _planned(monkeypatch, {"petti": 0.00045}, ["petti"], member) == (None, True)
    assert _planned(monkeypatch, {"petti": 0.00045}, ["petti"], officer) == (None, False)
    assert _planned(monkeypatch, {"exempt": 0.0028}, ["exempt"], member) == (None, False)
    # Two words: the rarer bounds the rows read, however often they go together.
    assert _planned(monkeypatch, {"fire": 0.1, "petti": 0.00045}, ["fire", "petti"], member) == (None, True)


def test_postgres_words_among_the_commonest_keep_a_wide_audience_in_the_scan(monkeypatch):
    """A word in the statistics' commonest lexemes but expected in at most 1,500 documents: its
    rows, read per row, are scattered over as many heap pages, mostly outside shared buffers,
    and about two thirds of them would be dropped by a member's audience (the bench's "nowhere",
    in 1,430 documents: 1,384 pages read for 530 kept). The audience stays a part of the scan,
    so only visible rows are fetched; a word below the commonest (a share under half the least
    of them) is still read per row."""
    member = ["zvpublic", "zvp3", "zva3"]  # 0.35 of the documents
    assert _planned(monkeypatch, {"nowher": 0.0014}, ["nowher"], member) == (None, False)
    assert _planned(monkeypatch, {"petti": 0.0009}, ["petti"], member) == (None, False)
    assert _planned(monkeypatch, {"fire": 0.1, "petti": 0.0009}, ["fire", "petti"], member) == (None, False)
    assert _planned(monkeypatch, {}, ["stowmer"], member) == (None, True)  # the floor: 400 documents


def test_postgres_a_phrase_is_planned_by_its_rarest_pair(monkeypatch):
    """A phrase's pairs go together: "Police and Crime Panel" (both pairs in 1.2% of the documents,
    nearly always together) expects ~4,200 visible matches, not the ~50 of the pairs' product
    as if independent, so its newest matches are searched a window at a time."""
    pairs = {"polic_2_crime": 0.012, "crime_panel": 0.012}
    lexemes = ["polic_2_crime", "crime_panel"]
    member = ["zvpublic", "zvp3", "zva3"]
    assert _planned(monkeypatch, pairs, lexemes, member)[0] is None  # as if independent
    window, per_row = _planned(monkeypatch, pairs, lexemes, member, [lexemes])
    assert window is not None and per_row


def test_postgres_rank_words_are_the_words_not_there_once_in_the_body():
    """Migration 0012: `rk` keeps a vector's words with more than one position or one in the
    heading (weight A), with all their positions; not a word once in the body, nor the pairs and
    tags (no positions)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's ranking words only")
    with connection.cursor() as cur:
        cur.execute(
            "SELECT search_rank_words('fire:1B,9B rescu:2B servic:3A,7B flood:4A _zvpublic fire_rescu'::tsvector)::text"
        )
        assert cur.fetchone()[0] == "'fire':1B,9B 'flood':4A 'servic':3A,7B"


@pytest.mark.parametrize("plan", [None, ((0, 1), False)])
def test_postgres_one_word_ranks_as_the_whole_vector(board, cycles, admin_user, monkeypatch, plan):
    """A query of one word is ranked from `rk` (Postgres._rank_sql), in the statement that reads all
    the matches and after windows (_ranks): each hit's score is ts_rank_cd of its whole vector —
    a word once, twice or three times in the body, in a heading."""
    from django.db import connection

    from boardwork.search.engine import Postgres

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's ranking only")
    make_paper(
        board,
        cycles[1],
        "Flood plan",
        [
            "Flood wardens met.",
            "The flood came after the flood warning.",
            "Flood, flood and flood again.",
            "Sandbags were stored.",
        ],
    )
    if plan:
        monkeypatch.setattr(Postgres, "_plan", lambda self, *a: plan)
    with connection.cursor() as cur:  # the triggers wrote each row's ranking words
        cur.execute(
            "SELECT count(*) FILTER (WHERE rk <> search_rank_words(tsv)), count(*) FILTER (WHERE rk <> '') "
            "FROM search_pgindex"
        )
        assert cur.fetchone() == (0, 3)  # the title (weight A) and the two paragraphs with floods
    for q, query in (("flood", "flood"), ('"flood"', "flood"), ("wardens", "warden")):
        result = services.search(everyone(admin_user), q)
        with connection.cursor() as cur:
            cur.execute(
                "SELECT id, ts_rank_cd(tsv, %s::tsquery) FROM search_pgindex WHERE id = ANY(%s)",
                [query, [h.doc.pk for h in result.hits]],
            )
            whole = dict(cur.fetchall())
        assert result.total == len(whole) > 0
        assert {h.doc.pk: h.score for h in result.hits} == whole
    # The four scores of "flood": the heading (1.0 for weight A), 3, 2 and 1 positions in the body.
    scores = sorted({round(h.score, 3) for h in services.search(everyone(admin_user), "flood").hits})
    assert scores == [0.4, 0.8, 1.0, 1.2]


@pytest.mark.parametrize("plan", [None, ((0, 1), False)])
def test_postgres_two_word_phrase_ranks_as_the_whole_vector(board, cycles, admin_user, monkeypatch, plan):
    """A phrase its pair proves is ranked from `rk` where both its words are repeated (or in a
    heading), else as its one occurrence, two body positions the pair's distance apart (adjacent,
    or across stop words), whether the other word is there once or repeated before or after it
    (Postgres._rank_sql): each hit's score is ts_rank_cd of its whole vector."""
    from django.db import connection

    from boardwork.search.engine import Postgres

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's ranking only")
    make_paper(
        board,
        cycles[1],
        "Flood warning review",
        [
            "The flood warning came late.",
            "Flood warning: then the flood came.",
            "Flood warning, flood warning again and a warning.",
            "The state of the art centre opened.",
            "State of the art: the art of the state.",
            "Warning lights, warning sirens and a flood warning.",
            "The art of the state of the art.",
            "A flood in the state of the art gallery, then a flood.",
        ],
    )
    if plan:
        monkeypatch.setattr(Postgres, "_plan", lambda self, *a: plan)
    for q in ('"flood warning"', '"state of the art"'):
        result = services.search(everyone(admin_user), q)
        with connection.cursor() as cur:
            cur.execute(
                "SELECT id, ts_rank_cd(tsv, websearch_to_tsquery('english', %s)) FROM search_pgindex "
                "WHERE id = ANY(%s)",
                [q, [h.doc.pk for h in result.hits]],
            )
            whole = dict(cur.fetchall())
        assert result.total == len(whole) >= 2
        assert {h.doc.pk: h.score for h in result.hits} == whole
        if q == '"flood warning"':  # the heading's, twice in a body, once: ranks that differ
            assert len(set(whole.values())) >= 3


def test_postgres_narrow_table_follows_every_write(fire_paper, admin_user):
    """Migration 0007: the table the engine searches (search_pgindex) is written by triggers on
    search_searchdoc in the same statement: insert, update, delete and TRUNCATE (Django's flush)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's narrow table only")

    def rows():
        with connection.cursor() as cur:
            cur.execute(
                "SELECT d.id, i.id, i.kind = d.kind AND i.board_id IS NOT DISTINCT FROM d.board_id "
                "AND i.year IS NOT DISTINCT FROM d.year AND i.paper_kind = d.paper_kind "
                "AND i.date IS NOT DISTINCT FROM d.date "
                "FROM search_searchdoc d FULL JOIN search_pgindex i ON i.id = d.id"
            )
            return cur.fetchall()

    assert rows() and all(d == i and same for d, i, same in rows())
    doc = SearchDoc.objects.filter(kind="paragraph", paper_id=fire_paper.pk).first()
    SearchDoc.objects.filter(pk=doc.pk).update(body="Sandbags were stacked by the river.")
    assert [h.doc.pk for h in services.search(everyone(admin_user), "sandbags").hits] == [doc.pk]
    with transaction.atomic():
        SearchDoc.objects.filter(pk=doc.pk).delete()
        assert services.search(everyone(admin_user), "sandbags").total == 0
        assert all(d == i for d, i, _ in rows())
    # A vector of more than a few hundred bytes is out of line (the heap keeps ~160 bytes a row):
    # a TOAST value for each.
    long = " ".join(f"Ward{i} reported flooding near bridge{i}." for i in range(12))
    SearchDoc.objects.filter(kind="paragraph", paper_id=fire_paper.pk).update(body=long)
    with connection.cursor() as cur:
        cur.execute(
            "SELECT (SELECT count(*) FROM search_pgindex WHERE pg_column_size(tsv) > 200), "
            "(SELECT reltoastrelid::regclass::text FROM pg_class WHERE relname = 'search_pgindex')"
        )
        wide, toast = cur.fetchone()
        cur.execute(f"SELECT count(DISTINCT chunk_id) FROM {toast}")
        assert wide > 0 and cur.fetchone()[0] >= wide
        cur.execute("TRUNCATE search_searchdoc")
        cur.execute("SELECT count(*) FROM search_pgindex")
        assert cur.fetchone()[0] == 0


@pytest.mark.parametrize("mb, expected", [(2048, 2048 << 20), (16, 16 << 20), (0, 0), (-5, 0)])
def test_sqlite_connections_map_the_file_as_the_setting_says(mb, expected):
    """Each new SQLite connection is given `PRAGMA mmap_size` from SEARCH_SQLITE_MMAP_MB (0: no
    map); other databases are left alone."""
    from boardwork.search.signals import _mmap

    class Cursor:
        def __init__(self, seen):
            self.seen = seen

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def execute(self, sql):
            self.seen.append(sql)

    class Connection:
        def __init__(self, vendor):
            self.vendor, self.seen = vendor, []

        def cursor(self):
            return Cursor(self.seen)

    sqlite, postgres = Connection("sqlite"), Connection("postgresql")
    with override_settings(SEARCH_SQLITE_MMAP_MB=mb):
        _mmap(None, sqlite)
        _mmap(None, postgres)
    assert sqlite.seen == [f"PRAGMA mmap_size = {expected}"] and postgres.seen == []


def _fts5_phrase(phrase: str) -> list[str]:
    """The bodies of the documents FTS5's own phrase query finds (heading or body), sorted."""
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute(
            "SELECT d.body FROM search_fts JOIN search_searchdoc d ON d.id = search_fts.rowid "
            "WHERE search_fts MATCH %s ORDER BY 1",
            ['{heading body} : "' + phrase + '"'],
        )
        return [r[0] for r in cur.fetchall()]


def test_sqlite_long_phrase_is_the_phrase_of_its_pairs(board, cycles, admin_user):
    """Migration 0011: a phrase of three or more tokens is asked for as the phrase of its pairs in
    the `pairs` column, which holds them in the text's order, and not checked by its words: a row
    holding all its pairs, but not in one run, is not found; what is found is what FTS5's own
    phrase finds."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's pairs only")
    make_paper(
        board,
        cycles[1],
        "Chiefs",
        [
            "The chief of the fire service reported.",
            "The chief of staff of the board saw the fire.",
            "Most of the panel met.",
            "A chief of police spoke of the fire of the chief of the fire brigade.",
        ],
    )
    for phrase in ("chief of the fire", "of the fire", "the chief of the fire brigade"):
        native = _fts5_phrase(phrase)
        with CaptureQueriesContext(connection) as ctx:
            result = services.search(everyone(admin_user), f'"{phrase}"')
        assert sorted(bodies(result)) == native and result.total == len(native), phrase
        if phrase == "chief of the fire":
            assert native == [
                "1. The chief of the fire service reported.",
                "4. A chief of police spoke of the fire of the chief of the fire brigade.",
            ]
        # Found, counted and ranked by the pairs' phrase; the words' phrase only for the page's
        # snippets (which mark the words).
        asked = [q["sql"] for q in ctx.captured_queries if "snippet(" not in q["sql"]]
        pairs = " ".join(engine_pair_tokens(phrase))
        assert any(f'pairs : "{pairs}"' in sql for sql in asked), phrase
        assert not any(f'"{phrase}"' in sql for sql in asked), phrase


def engine_pair_tokens(phrase: str) -> list[str]:
    from django.db import connection

    from boardwork.search import engine as search_engine

    raw = connection.cursor().connection.cursor()
    return search_engine.pair_tokens(search_engine.fts_tokens(raw, [phrase])[0])


def test_sqlite_phrase_of_pairs_runs_neither_across_heading_and_body_nor_over_a_long_token(
    board, cycles, admin_user
):
    """The `pairs` column breaks the run of pairs between the heading's and the body's, and where
    a pair cannot be a token (a token over 99 characters), as FTS5's phrase does not run from
    heading into body and takes the long token as a word between."""
    from django.db import connection

    from boardwork.activities.models import Activity

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's pairs only")
    long = "x" * 120
    Activity.objects.create(
        board=board, cycle=cycles[1], title="Report of the chief", text="Chief fire officer spoke."
    )
    Activity.objects.create(board=board, cycle=cycles[1], title="Visit", text="The chief fire officer came.")
    Activity.objects.create(
        board=board, cycle=cycles[1], title="Alarms", text=f"A fire station {long} station alarm sounded."
    )
    Activity.objects.create(
        board=board, cycle=cycles[1], title="Drill", text="The fire station alarm was tested."
    )
    for phrase, expected in [
        ("the chief fire", ["The chief fire officer came."]),
        ("of the chief fire officer", []),
        ("fire station alarm", ["The fire station alarm was tested."]),
        (
            "station alarm",
            sorted([f"A fire station {long} station alarm sounded.", "The fire station alarm was tested."]),
        ),
    ]:
        assert _fts5_phrase(phrase) == expected, phrase
        result = services.search(everyone(admin_user), f'"{phrase}"')
        assert sorted(bodies(result)) == expected and result.total == len(expected), phrase


def test_sqlite_pairs_column_is_each_texts_pairs_in_order(board, cycles, admin_user):
    """Migration 0011: the heading's pairs in order, a break, the body's pairs in order, repeats
    kept; the same on save, after `reindex` and after the migration's own refill."""
    from django.db import connection

    from boardwork.activities.models import Activity
    from boardwork.search.engine import PAIR_BREAK

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's pairs only")
    a = Activity.objects.create(
        board=board, cycle=cycles[1], title="Fire safety", text="Fire safety and fire safety checks."
    )
    b = Activity.objects.create(board=board, cycle=cycles[1], title="Drill", text=f"Fire {'y' * 100} drill.")
    expected = {
        a.pk: f"firesafeti04 {PAIR_BREAK} firesafeti04 safetiand06 andfire03 firesafeti04 safeticheck06",
        b.pk: f"{PAIR_BREAK} {PAIR_BREAK}",  # the heading is one token: no pair, no break
    }

    def stored():
        return dict(
            SearchDoc.objects.filter(kind="activity", object_id__in=expected).values_list(
                "object_id", "pairs"
            )
        )

    assert stored() == expected
    services.reindex()
    assert stored() == expected
    SearchDoc.objects.filter(kind="activity").update(pairs="")
    migration = importlib.import_module("boardwork.search.migrations.0011_sqlite_pairs_in_order")
    connection.ensure_connection()

    class SchemaEditor:
        pass

    editor = SchemaEditor()
    editor.connection = connection
    migration.pairs_in_order(None, editor)
    assert stored() == expected
    result = services.search(everyone(admin_user), '"safety and fire safety"')
    assert [h.doc.object_id for h in result.hits] == [a.pk]
