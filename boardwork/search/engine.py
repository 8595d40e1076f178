"""The search engine behind one small interface, with a backend per database.

    engine = get_engine()
    engine.index(docs)            # add or replace SearchDoc rows (matched by key)
    engine.delete(keys)           # remove them
    engine.query(clauses, tag_groups, ...) -> Result   # ranked hits, snippets, capped counts, facets
    engine.rebuild()              # rebuild the full-text structures from the stored documents

`Sqlite` uses FTS5 (bm25, snippet, porter stemmer); `Postgres` uses tsvector + GIN
(websearch_to_tsquery, ts_rank_cd, ts_headline). Both see the same documents (models.SearchDoc)
and the same tags; nothing else in Boardwork writes SQL for search, so a deployment that outgrows
the database's own full-text search (docs/adr/0006-search.md) replaces this module only.

The user's words never reach the engine as syntax: `parse` keeps only word characters, and each
backend quotes every word and phrase itself, so no input can raise a MATCH syntax error.

Counting stops at CAP: a query reads at most CAP + 1 matching rows (the newest, by document id),
ranks those, and takes its page, total ("more than 1,000") and facet counts from them, so a word
in half a million paragraphs costs what a word in a thousand does.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import html as html_lib
import json
import math
import os
import re
import sys
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import itemgetter, ne
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models.base import ModelState
from django.db.models.signals import post_init, pre_init
from django.utils.safestring import SafeString

from . import reader
from .models import SearchDoc

if TYPE_CHECKING:
    from boardwork.boards.models import Board

CAP = 1000
PER_PAGE = 20
MAX_CLAUSES = 24
# Snippet markers: private-use characters, stripped from indexed text (documents.clean), put
# around matches by the engine, kept through HTML escaping and only then made into <mark>.
MARK_START, MARK_END = "\ue000", "\ue001"
# ts_headline parses its text as the index does, and that parser reads "<Cllr>" or "<b and c>" as
# an HTML tag, which headlines leave out. So angle brackets reach it as two more private-use
# characters (which it passes through as spaces between words) and are put back after it.
LT, GT = "\ue002", "\ue003"
_MARKS = re.compile(f"[{MARK_START}{MARK_END}{LT}{GT}]")

# -- the user's query -----------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")  # letters and digits: what both engines' tokenizers keep
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Clause:
    """One part of a query: a word or a phrase (`quoted`), to find or (`negated`) to exclude."""

    words: tuple[str, ...]
    quoted: bool = False
    negated: bool = False


def parse(q: str | None) -> list[Clause]:
    """The user's string as clauses: words (stemmed), "quoted" words (exact) and phrases (in order),
    -exclusions.

    Punctuation is dropped (a hyphenated word is a phrase of its parts, as the tokenizers see it);
    an unclosed quote runs to the end; at most MAX_CLAUSES clauses are kept."""
    out: list[Clause] = []
    for m in _TOKEN.finditer(q or ""):
        if m.group(3) is not None:
            token = m.group(3)
            negated = token.startswith("-") and len(token) > 1
            words = tuple(w[:64] for w in _WORD.findall(token.lower()))
            quoted = False
        else:
            negated = m.group(1) == "-"
            words = tuple(w[:64] for w in _WORD.findall(m.group(2).lower()))
            quoted = True
        if words:
            out.append(Clause(words[:16], quoted, negated))
    return out[:MAX_CLAUSES]


def exact_pattern(clause: Clause, flavour: str) -> str:
    """A regular expression for a quoted word's exact form (no stemming), per database."""
    if flavour == "postgresql":
        return r"\m" + r"[^[:alnum:]]+".join(clause.words) + r"\M"
    return r"(?i)\b" + r"[\W_]+".join(clause.words) + r"\b"


# -- the tag vocabulary ---------------------------------------------------------------------------
# Filters are tokens in each document's `tags` (letters and digits only, so both engines read them
# as single words). scope.py adds the audience tags.


def _alnum(value) -> str:
    return re.sub(r"[^a-z0-9]", "", str(value).lower())


def tag(name: str, value) -> str:
    """The filter tag for board, cycle, year, paperkind, type, theme or review = value."""
    return _TAG_PREFIX[name] + _alnum(value)


_TAG_PREFIX = {
    "board": "zb",
    "cycle": "zc",
    "year": "zy",
    "paperkind": "zk",
    "type": "zt",
    "theme": "zth",
    "review": "zr",
}


def board_year_tag(board_id, year) -> str:
    """The tag of a board and a year together (`zby3y2019`): held by every document that has both
    (migration 0009). A search within boards and years asks for these, not for a board tag and a
    year tag: GIN then walks one list of ~1/800 of the documents instead of ANDing a board's and a
    year's (~1/40 and ~1/20: ~2 ms of server CPU at 1M documents)."""
    return f"zby{_alnum(board_id)}y{_alnum(year)}"


_BOARD_TAG = re.compile(_TAG_PREFIX["board"] + r"(\d+)")
_YEAR_TAG = re.compile(_TAG_PREFIX["year"] + r"(\d+)")
BOARD_YEARS = 64  # board-and-year tags in a group at most: beyond, the two groups are asked apart


def board_years(tag_groups: list[list[str]]) -> list[list[str]]:
    """The tag groups with one group of board tags and one of year tags (filters after the
    audience group) made one group of their board-and-year tags: a document has a board of the
    first and a year of the second exactly when it has one of those."""
    boards = [i for i, g in enumerate(tag_groups) if i and all(_BOARD_TAG.fullmatch(t) for t in g)]
    years = [i for i, g in enumerate(tag_groups) if i and all(_YEAR_TAG.fullmatch(t) for t in g)]
    if len(boards) != 1 or len(years) != 1:
        return tag_groups
    b, y = tag_groups[boards[0]], tag_groups[years[0]]
    if len(b) * len(y) > BOARD_YEARS:
        return tag_groups
    nb, ny = len(_TAG_PREFIX["board"]), len(_TAG_PREFIX["year"])
    both = [board_year_tag(t[nb:], u[ny:]) for t in b for u in y]
    return [g for i, g in enumerate(tag_groups) if i not in (boards[0], years[0])] + [both]


# -- results --------------------------------------------------------------------------------------


@dataclass
class Hit:
    doc: SearchDoc
    score: float
    snippet: SafeString
    heading: SafeString
    url: str = ""  # where the hit is, for the user asking (services.place): the stored url until then
    # What the search page shows beside a hit (views.search sets them for its page).
    board: Board | None = None
    to_review: bool = False
    type_label: str = ""


@dataclass
class Result:
    hits: list[Hit]
    total: int  # at most CAP
    capped: bool  # there are more than CAP
    page: int
    per_page: int
    facets: dict[str, Counter] = field(default_factory=dict)
    # Nothing found because every word asked is one the engine leaves out as too common
    # (Engine.too_common; set by services.search): the page, the API and the command say so.
    too_common: bool = False

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass
class Found:
    """What a query found, before its page is read: `ranked` holds the matches best first, each a
    tuple starting (id, score); `total` is how many (at most the cap), `capped` whether there are
    more; `facets` counts them by FACET_FIELDS. `few`: the query's text is one word known to be in
    fewer than a few thousand documents (SQLite's probe counted them), so its page may be read by
    walking the word over the page's span of ids (Sqlite.snippets_sql)."""

    ranked: list[tuple]
    total: int
    capped: bool
    facets: dict[str, Counter]
    few: bool = False


def facet_counts(column) -> Counter:
    """One facet's counts from its column of values (no value and the empty one left out)."""
    counts = Counter(column)
    counts.pop(None, None)
    counts.pop("", None)
    return counts


def marked_html(text: str, limit: int | None = None) -> SafeString:
    """Engine text with snippet markers → safe HTML: escaped first, then the markers become <mark>."""
    if limit is not None and len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    if LT in text or GT in text:  # str.translate with a table costs a dict look-up per character
        text = text.replace(LT, "<").replace(GT, ">")
    # html.escape is what django.utils.html.escape calls, without its lazy-string wrapper (a
    # page's 40 calls: ~0.1 ms).
    html = html_lib.escape(str(text)).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    # A snippet cut between the markers leaves one unpaired: close it rather than leak markup.
    if html.count("<mark>") > html.count("</mark>"):
        html += "</mark>"
    # What mark_safe returns for a str, without its lazy-string wrapper (~2 µs a call, 40 a page).
    return SafeString(html)  # escaped above; only our own tags added


FACET_FIELDS = ("kind", "board_id", "year", "paper_kind")
# The model's own columns (not PostgreSQL's tsv, which would cross the wire for nothing, nor
# SQLite's pair tokens, which no page shows).
DOC_FIELDS = [f for f in SearchDoc._meta.concrete_fields if f.name != "pairs"]
DOC_COLUMNS = ", ".join(f"d.{f.column}" for f in DOC_FIELDS)
DOC_NAMES = [f.attname for f in DOC_FIELDS]


@functools.cache
def _doc_converters(vendor: str) -> list[tuple[int, Any, list]]:
    """The page's columns that the backend converts on the way out (SQLite's dates and booleans;
    none on PostgreSQL, whose driver returns them typed), as raw() would find them. Found once per
    database vendor (they depend on it alone; the connection is passed to each when it is called):
    asking the fields and the backend on every page cost ~0.2 ms."""
    table = SearchDoc._meta.db_table
    out = []
    for i, f in enumerate(DOC_FIELDS):
        col = f.get_col(table)
        found = connection.ops.get_db_converters(col) + f.get_db_converters(connection)
        if found:
            out.append((i, col, found))
    return out


# -- admission: how many searches a process asks at once ----------------------------------------


class Busy(Exception):
    """A search found no turn within settings.SEARCH_WAIT_MS: the process's searches were all taken
    (settings.SEARCH_CONCURRENCY) for that long. The page and the API answer 503 (BUSY)."""


BUSY = "Search is busy at the moment: try again in a few seconds."
# The Retry-After (seconds) sent with BUSY by the page, the timeline and the API.
BUSY_RETRY_AFTER = 5


class Turns:
    """`limit` turns, given in the order they were asked for. A turn given back goes straight to
    the longest waiter: with threading.Semaphore the thread that gave it back, holding the GIL and
    asking again for its next search, takes it first, and the others wait on (ADR 0008, twentieth
    round)."""

    def __init__(self, limit: int):
        self._free = limit
        self._lock = threading.Lock()
        self._waiting: collections.deque[threading.Event] = collections.deque()

    def take(self, timeout: float) -> bool:
        with self._lock:
            if self._free and not self._waiting:
                self._free -= 1
                return True
            mine = threading.Event()
            self._waiting.append(mine)
        if mine.wait(timeout):
            return True
        with self._lock:
            if mine.is_set():  # handed over as the wait ran out
                return True
            self._waiting.remove(mine)
            return False

    def give_back(self) -> None:
        with self._lock:
            if self._waiting:
                self._waiting.popleft().set()
            else:
                self._free += 1


_turns: dict[tuple[int, int], Turns] = {}
_turns_lock = threading.Lock()


@contextmanager
def turn():
    """Hold one of the process's settings.SEARCH_CONCURRENCY turns to search (0: no limit) while
    the block runs, waiting up to settings.SEARCH_WAIT_MS for one, else raise Busy. With more
    client threads than cores, searches then queue here, first come first served, rather than all
    at once in the database, as a connection pool smaller than the thread count would (ADR 0008,
    twentieth round)."""
    limit = settings.SEARCH_CONCURRENCY
    if limit <= 0:
        yield
        return
    # One set of turns per process and limit: a forked server process starts with none of its
    # parent's turns taken, and tests that change the setting get their own.
    key = (os.getpid(), limit)
    turns = _turns.get(key)
    if turns is None:
        with _turns_lock:
            turns = _turns.setdefault(key, Turns(limit))
    if not turns.take(max(0, settings.SEARCH_WAIT_MS) / 1000):
        raise Busy(BUSY)
    try:
        yield
    finally:
        turns.give_back()


class Engine:
    """Shared by both backends: documents are rows of SearchDoc; the database keeps its full-text
    index in step with them (triggers or generated columns), in the same transaction."""

    vendor = ""

    def index(self, docs) -> None:
        """Add or replace documents (matched by key)."""
        docs = list(docs)
        if not docs:
            return
        with transaction.atomic(savepoint=False):
            self.delete([d.key for d in docs])
            self.prepare(docs)
            SearchDoc.objects.bulk_create(docs, batch_size=500)

    def prepare(self, docs: list[SearchDoc]) -> None:
        """Fill in what this backend derives from a document's text before it is stored (SQLite:
        its pair tokens). Every writer of documents calls it (index, services.reindex)."""

    def delete(self, keys) -> None:
        keys = list(keys)
        for i in range(0, len(keys), 500):
            delete_where(key__in=keys[i : i + 500])

    def too_common(self, q: str) -> bool:
        """Does the query ask only for words this backend leaves out as too common to search on
        their own? Then "nothing found" says why rather than suggest checking the spelling.
        SQLite's FTS5 searches every word; PostgreSQL's English configuration drops its stop words."""
        return False

    def rebuild(self) -> None:  # pragma: no cover - per backend
        raise NotImplementedError

    def warm(self) -> None:
        """After the whole index was written (services.reindex, the bench's build): bring what
        every search reads into the database's own cache, so that the first searches after a
        rebuild do not each read it in. SQLite has no cache of its own to fill (its pages are
        the OS's file cache, which the writes left full): nothing to do."""

    def query(
        self,
        clauses: list[Clause],
        tag_groups: list[list[str]],
        *,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        page: int = 1,
        per_page: int = PER_PAGE,
        cap: int = CAP,
    ) -> Result:
        """Documents matching every positive clause, none of the negated ones, at least one tag of
        each group (the audience group first) and the date range; ranked, a page of them with
        snippets, the total (counted up to `cap`) and facet counts. Asked in turn with the
        process's other searches (`turn`: raises Busy when none came in time)."""
        with turn():
            return self._query(
                clauses,
                tag_groups,
                date_from=date_from,
                date_to=date_to,
                page=page,
                per_page=per_page,
                cap=cap,
            )

    def _query(
        self,
        clauses: list[Clause],
        tag_groups: list[list[str]],
        *,
        date_from: dt.date | None,
        date_to: dt.date | None,
        page: int,
        per_page: int,
        cap: int,
    ) -> Result:
        if not tag_groups or any(not g for g in tag_groups):
            return Result([], 0, False, 1, per_page)
        positive = [c for c in clauses if not c.negated]
        extra: list[str] = []
        params: list[Any] = []
        if date_from:
            extra.append("d.date >= %s")
            params.append(date_from)
        if date_to:
            extra.append("d.date <= %s")
            params.append(date_to)
        for c in positive:
            # A quoted single word is that word exactly ("Prevent", not "prevention"): the engine
            # finds the stem, a regular expression keeps the exact form. A quoted phrase is its
            # words in that order, each stemmed as the engines match phrases; checking its exact
            # forms too would cost a regular expression on every candidate for little gain.
            if c.quoted and len(c.words) == 1:
                extra.append(self.exact_sql)
                params.append(exact_pattern(c, self.vendor))
        found = self.found(clauses, tag_groups, extra, params, cap)
        pages = max(1, -(-found.total // per_page))
        page = min(max(1, page), pages)
        chosen = found.ranked[(page - 1) * per_page : page * per_page]
        docs = self.page(positive, [r[0] for r in chosen], few=found.few)
        hits = []
        for pk, score, *_ in chosen:
            if pk not in docs:
                continue
            doc, snippet, heading = docs[pk]
            hits.append(
                Hit(
                    doc=doc,
                    score=score,
                    snippet=marked_html(snippet if snippet is not None else doc.body, 400),
                    heading=marked_html(heading if heading else doc.heading),
                    url=doc.url,
                )
            )
        return Result(hits, found.total, found.capped, page, per_page, found.facets)

    def found(self, clauses, tag_groups, extra, params, cap) -> Found:
        """The matches ranked, counted up to `cap` and their facets counted, from `candidates`."""
        rows = self.candidates(clauses, tag_groups, extra, params, cap + 1)
        capped = len(rows) > cap
        if capped:
            rows = rows[:cap]
        facets = {}
        # One C-level count per field, each column read by itemgetter in C: a thousand rows cost
        # microseconds, not a Python step per cell (the GIL is shared by a worker's threads).
        # (zip(*rows) made the columns in ~130 µs for 1,001 rows; this whole loop takes ~170.)
        for i, name in enumerate(FACET_FIELDS, start=2):
            facets[name] = facet_counts(map(itemgetter(i), rows))
        # Rows come newest first; when none scores (a capped set without title matches) that is
        # already the order. Else best first, the newest first among equals (ids are unique: no
        # ties left to the sort).
        scored = any(map(itemgetter(1), rows))
        ranked = sorted(rows, key=itemgetter(1, 0), reverse=True) if scored else rows
        return Found(ranked, len(rows), capped, facets)

    def cursor(self):
        """A cursor of the default connection for the engine's statements (PostgreSQL: prepared)."""
        return connection.cursor()

    # per backend
    exact_sql = ""

    def candidates(self, clauses, tag_groups, extra, params, limit) -> list[tuple]:
        """Up to `limit` matches, newest (highest id) first, as (id, score, kind, board_id, year,
        paper_kind)."""
        raise NotImplementedError

    def snippets_sql(self, positive, ids, few: bool = False) -> tuple[str, list]:
        """The page's documents with their snippets and marked headings, as one statement: the
        columns of SearchDoc, then `snip` and `head` (the engine's marked text, or NULL), or a
        backend's own form of them that its `page_rows` unpacks. `few` (Found.few) is set by
        SQLite's found() only; other backends ignore it."""
        raise NotImplementedError

    def ids_clause(self, ids) -> tuple[str, list]:
        """`d.id` among `ids`, as this backend writes it, with its parameters."""
        return f"d.id IN ({', '.join(['%s'] * len(ids))})", list(ids)

    def page(self, positive, ids, few: bool = False) -> dict[int, tuple[SearchDoc, str | None, str | None]]:
        """The documents of a page of hits with their snippets, in one round trip: one statement
        on a plain cursor, each document made by from_db (as a queryset makes them, `pairs`
        deferred) with the backend's converters applied as raw() would. RawQuerySet's mapping of
        columns to fields and its per-cell machinery cost ~0.3 ms of 20 rows, a tenth of a
        query's client CPU."""
        if not ids:
            return {}
        rows = self.page_rows(positive, ids, few)
        converters = _doc_converters(connection.vendor)
        make = _doc_maker(connection.alias)
        n = len(DOC_FIELDS)
        out = {}
        for row in rows:
            values = list(row[:n])
            for i, col, found in converters:
                for convert in found:
                    values[i] = convert(values[i], col, connection)
            doc = make(values)
            out[doc.pk] = (doc, row[n], row[n + 1])
        return out

    def page_rows(self, positive, ids, few: bool = False) -> list:
        """The rows of `page`: SearchDoc's columns, then the snippet and the marked heading (NULL
        without positive clauses); a document whose text does not match has no row."""
        if positive:
            sql, params = self.snippets_sql(positive, ids, few)
        else:
            where, params = self.ids_clause(ids)
            sql = f"SELECT {DOC_COLUMNS}, NULL AS snip, NULL AS head FROM search_searchdoc d WHERE {where}"
        with self.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()


def _doc_maker(alias: str):
    """A function making a stored SearchDoc from DOC_NAMES' values, as `SearchDoc.from_db` would
    (`pairs` deferred: it is loaded if read). from_db passes through Model.__init__, which with a
    deferred field walks every field twice (~35 µs a document, 20 a page, the GIL held); this sets
    the same attributes and state directly. When anything listens to SearchDoc's pre_init or
    post_init signals, from_db itself, so that they are sent."""
    if pre_init.has_listeners(SearchDoc) or post_init.has_listeners(SearchDoc):
        return functools.partial(SearchDoc.from_db, alias, DOC_NAMES)

    def make(values):
        doc = _new_doc(SearchDoc)
        state = doc._state = ModelState()
        state.adding, state.db = False, alias
        doc.__dict__.update(zip(DOC_NAMES, values, strict=True))
        return doc

    return make


_new_doc = object.__new__


def _phrase(c: Clause) -> str:
    return '"' + " ".join(c.words) + '"'  # words are letters and digits: nothing to escape


def _json_columns(cur, sql: str, names: tuple[str, ...], params) -> list[list]:
    """The columns `names` of `sql` (SQLite; the first an id, rows newest first) as one JSON array
    of arrays made by SQLite: Python's sqlite3 gives up and takes back the GIL for every row it
    steps, and with several searches in one process under load each take can wait a switch
    interval (5 ms): a thousand rows, seconds. One row, once."""
    cur.execute(
        f"SELECT json_array({', '.join(f'json_group_array({n})' for n in names)}) FROM ({sql})", params
    )
    columns = json.loads(cur.fetchone()[0])
    ids = columns[0]
    # The aggregate keeps no order by contract (SQLite's does keep its subquery's): checked, in C.
    if ids != sorted(ids, reverse=True):
        order = sorted(range(len(ids)), key=ids.__getitem__, reverse=True)
        columns = [[column[i] for i in order] for column in columns]
    return columns


# -- SQLite: adjacent word pairs as tokens of their own (migration 0006) ----------------------------
# FTS5 finds a phrase by walking every row that holds all its words and comparing their positions:
# for two common words ("emergency planning": 17,000 rows holding both, 4,400 with the phrase) that
# walk is most of a query, and ranking, counting and the audience repeat it. So each document
# also holds each pair of adjacent tokens of its heading and of its body as one token of the FTS5
# column `pairs`, and a phrase is found by its pairs, as a rare word is. The pairs are made of the
# tokens FTS5 itself makes (its porter stemmer, unicode61 folding): no second stemmer that could
# disagree with FTS5's, so a pair is there exactly when FTS5's own phrase would match. The pairs
# are kept in the text's order (migration 0011: PAIR_BREAK below), so a longer phrase is the
# phrase of its pairs.
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"
PAIR_TOKEN_MAX = 99  # characters of a token that can be one side of a pair (two digits of length)


def fts_tokens(raw, texts: list[str]) -> list[list[str]]:
    """Each text's tokens in order, as search_fts's tokenizer makes them (stemmed, folded): written
    to a temporary FTS5 table of the same tokenizer and read back through fts5vocab's 'instance'
    view (term, document, offset). `raw` is a DB-API cursor of the SQLite connection (qmark style)."""
    if not texts:
        return []
    raw.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_tok USING fts5(t, tokenize='{FTS_TOKENIZE}')"
    )
    raw.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_tok_v USING fts5vocab(temp, search_tok, instance)"
    )
    raw.execute("DELETE FROM temp.search_tok")
    raw.executemany("INSERT INTO temp.search_tok(rowid, t) VALUES (?, ?)", list(enumerate(texts)))
    found: list[list[tuple[int, str]]] = [[] for _ in texts]
    for doc, offset, term in raw.execute("SELECT doc, offset, term FROM temp.search_tok_v").fetchall():
        found[doc].append((offset, term))
    raw.execute("DELETE FROM temp.search_tok")
    return [[term for _, term in sorted(terms)] for terms in found]


# Each query word's FTS5 tokens, kept per process. A clause's words are letters and digits only
# (parse), so the tokens of the words joined by spaces are each word's in turn: a word is
# tokenized and stemmed alone, as FTS5 does within a text. Tokenizing through the temporary table
# is ~0.35 ms and six statements (each giving up and taking back the GIL); a phrase's words are
# mostly ones asked before. Emptied when it holds WORD_TOKENS_KEPT words.
_WORD_TOKENS: dict[str, tuple[str, ...]] = {}
WORD_TOKENS_KEPT = 20_000


def word_tokens(clauses: list[Clause]) -> list[list[tuple[str, ...]]]:
    """Each clause's words' FTS5 tokens (a word can be none, one or several), in order."""
    known: dict[str, tuple[str, ...] | None] = {w: _WORD_TOKENS.get(w) for c in clauses for w in c.words}
    missing = [w for w, toks in known.items() if toks is None]
    if missing:
        connection.ensure_connection()
        found = dict(
            zip(missing, map(tuple, fts_tokens(connection.connection.cursor(), missing)), strict=True)
        )
        if len(_WORD_TOKENS) + len(found) > WORD_TOKENS_KEPT:
            _WORD_TOKENS.clear()
        _WORD_TOKENS.update(found)
        known.update(found)
    return [[known[w] or () for w in c.words] for c in clauses]


def pair_token(first: str, second: str) -> str | None:
    """One token for two adjacent tokens: both, then the first's length as two digits. Letters and
    digits only, so FTS5 keeps it whole; ending in a digit, no porter rule changes it; the length
    keeps ("ab", "c") and ("a", "bc") apart. None for a token too long to be counted in two digits."""
    if len(first) > PAIR_TOKEN_MAX or len(second) > PAIR_TOKEN_MAX:
        return None
    return f"{first}{second}{len(first):02d}"


def pair_tokens(tokens: list[str]) -> list[str]:
    """The pair tokens of one text's tokens, in order (a text's own pairs: not across texts); a pair
    that cannot be a token (a side longer than PAIR_TOKEN_MAX) left out."""
    return [t for t in (pair_token(a, b) for a, b in zip(tokens, tokens[1:], strict=False)) if t]


# The `pairs` column holds a text's pairs in the text's order, so that FTS5 knows where each pair
# is (migration 0011): the pairs of tokens i and i+1 and of tokens i+1 and i+2 are at neighbouring
# positions, and a phrase of n tokens is exactly the phrase of its n-1 pairs in that column. So
# where two pairs are not neighbours in a text, something must stand between them: this token,
# between the heading's pairs and the body's, and in place of a pair that cannot be a token. It
# ends in "00" (a pair token ends in its first token's length, never 0), so it is never a pair.
PAIR_BREAK = "zzbreak00"


def pair_run(tokens: list[str]) -> list[str]:
    """A text's pair tokens at their places: one for each two neighbouring tokens, in order
    (repeats kept), PAIR_BREAK for a pair that cannot be a token."""
    return [pair_token(a, b) or PAIR_BREAK for a, b in zip(tokens, tokens[1:], strict=False)]


def pairs_column(heading: list[str], body: list[str]) -> str:
    """The `pairs` column of a document whose heading and body have these FTS5 tokens: the
    heading's pairs in order, then PAIR_BREAK, then the body's (no break when one has none)."""
    head, rest = pair_run(heading), pair_run(body)
    return " ".join([*head, PAIR_BREAK, *rest] if head and rest else head or rest)


def fts_pairs(raw, docs: list[tuple[str, str]]) -> list[str]:
    """The `pairs` column of each (heading, body) (see pairs_column)."""
    tokens = fts_tokens(raw, [t for doc in docs for t in doc])
    return [pairs_column(tokens[i], tokens[i + 1]) for i in range(0, len(tokens), 2)]


class Sqlite(Engine):
    """FTS5 over search_searchdoc (external content, porter stemmer, pair tokens): see migrations
    0002 and 0006."""

    vendor = "sqlite"
    exact_sql = "(d.heading || ' ' || d.body) REGEXP %s"
    TEXT = "{heading body}"

    def cursor(self):
        """A cursor of this thread's shared-cache reader when the search may read through it
        (search/reader.py), else of Django's connection."""
        return reader.cursor() or connection.cursor()

    def prepare(self, docs: list[SearchDoc]) -> None:
        connection.ensure_connection()
        raw = connection.connection.cursor()
        for i in range(0, len(docs), 500):
            part = docs[i : i + 500]
            for doc, pairs in zip(part, fts_pairs(raw, [(d.heading, d.body) for d in part]), strict=True):
                doc.pairs = pairs

    def phrase_pairs(self, clauses: list[Clause]) -> dict[Clause, list[str]]:
        """The pair tokens of each positive clause of two or more words (a quoted phrase, or a
        hyphenated word), made by FTS5's own tokenizer as the documents' were."""
        multi = [c for c in clauses if not c.negated and len(c.words) > 1]
        if not multi:
            return {}
        tokens = [[t for toks in per_word for t in toks] for per_word in word_tokens(multi)]
        out = {}
        for c, toks in zip(multi, tokens, strict=True):
            pairs = pair_tokens(toks)
            if len(toks) > 1 and len(pairs) == len(toks) - 1:
                out[c] = pairs
        return out

    def clause_match(self, c: Clause, pairs: dict[Clause, list[str]] | None = None) -> str:
        """One positive clause as FTS5 syntax. A phrase is asked for by its pairs, as a phrase of
        the `pairs` column: each pair is where the text has it (migration 0011), so the phrase of
        a phrase's pairs there is the phrase itself, in the heading or in the body, and FTS5
        compares the positions of pairs, not of the phrase's words: a phrase through stop words
        ("across the District") no longer seeks in a stop word's long list for each row that
        holds its other words. Two tokens are one pair, as before."""
        found = (pairs or {}).get(c)
        if not found:
            return f"({self.TEXT} : {_phrase(c)})"
        return f'(pairs : "{" ".join(found)}")'  # pair tokens are letters and digits

    def text_match(self, clauses: list[Clause], pairs: dict[Clause, list[str]] | None = None) -> str | None:
        pos = [self.clause_match(c, pairs) for c in clauses if not c.negated]
        return " AND ".join(pos) if pos else None

    def match(
        self, clauses: list[Clause], tag_groups: list[list[str]], pairs: dict[Clause, list[str]] | None = None
    ) -> str:
        parts = ["(tags : (" + " OR ".join(f'"{t}"' for t in g) + "))" for g in tag_groups]
        text = self.text_match(clauses, pairs)
        if text:
            parts.insert(0, f"({text})")
        expr = " AND ".join(parts)
        neg = [_phrase(c) for c in clauses if c.negated]
        if neg:
            expr = f"({expr}) NOT ({self.TEXT} : ({' OR '.join(neg)}))"
        return expr

    # bm25 is FTS5's ranking, but it first counts every row holding each phrase of the query
    # (its IDF), tags included: for a word in 300,000 of 1M paragraphs that alone is ~50 ms. So
    # the candidates are found without it (the newest matches, by rowid, ~1 ms), and bm25 ranks
    # them in a second, text-only query when every word is specific enough (each in at most
    # BM25_LIMIT documents). Words commoner than that do not tell documents apart much anyway:
    # their candidates are ordered title matches first, then newest first.
    BM25_LIMIT = 1000

    # The audience group (tag_groups[0]) is an OR of up to a dozen tags, each in a large share of
    # the documents. ANDed into a sparse match (a rare word; a common one within a board and a
    # year) FTS5 seeks in every one of their lists for every candidate: 10–30 ms at 1M documents.
    # So the match is first read without it, up to PROBE rows; when that is all of them, the
    # audience is checked on those rows' own tags (1–3 ms). Otherwise (a common word) the audience
    # goes into the match, where the candidates are dense and it costs ~1 ms.
    PROBE = 400
    # Up to SPARSE matches without the audience (most phrases and rare words at 1M paragraphs):
    # the match with the audience is read in FTS5's own order, ascending rowids, as a set the
    # newest rows are then taken from, not walked newest first. FTS5 walks a doclist backwards
    # by loading it and reversing it, and for ORDER BY rowid DESC it does so for each of the
    # audience's long lists: the same matches cost about twice as much (a phrase's 5.9 ms
    # against 3.0 ms, one client, loaded machine). Beyond SPARSE (a common word) the set would
    # be most of a long list, and the newest CAP + 1, walked backwards, cost less.
    SPARSE = 4000
    # Sparse candidates (the probe's rows, a match read as a set) are read from the narrow
    # covering index of migration 0008 (id, facet columns, date, tags), not from the wide rows: a
    # thousand candidates scattered over a 1.3 GB table touch a thousand pages, each first read by
    # a connection costing a page fault and cache misses (5–10 ms of a rare word's or a phrase's
    # CPU at 1M paragraphs). Named, because without statistics SQLite's planner takes the table's
    # rowid b-tree for a lookup by id. A dense walk (a common word's newest 1,001 matches, on
    # neighbouring pages) reads the table by rowid: an integer key is compared faster than an
    # index record, and there the pages were not the cost (6.1–6.4 ms against 7.0–8.2 through
    # the index, one client, loaded); NOT INDEXED, because with statistics the planner would
    # take the index there too.
    CANDIDATES = "search_searchdoc d INDEXED BY search_doc_facets"
    WALKED = "search_searchdoc d NOT INDEXED"
    # A walk of a match sparser than DENSE (matches per document id, from the probe's first PROBE
    # rows) reads the covering index too: a word in 8,000 of 1M documents has its newest 1,001
    # visible matches spread over ~350,000 ids, a page of the table each (~1.3 kB rows), each a
    # page fault for a connection that has not touched it yet; the index holds ~40 documents a
    # page, so the same matches are on far fewer pages, which a connection soon has mapped ("reason"
    # on a new connection: 1,024 faults, 8.3 ms → 598, 5.3 ms; warm 4.5 → 2.9). Denser matches'
    # newest rows are neighbours in the table either way, where the table's integer key is the
    # cheaper walk once mapped (ADR 0008, eleventh round). 0.15, not 0.05: a word in 5-15% of the
    # documents (half the bench's common words: "progress" 0.04, "continue" 0.11, "board" 0.14)
    # has its newest 1,001 visible matches over 20,000-60,000 ids, 6,000-18,000 pages of the table
    # against 500-1,500 of the index; read through the index, a common word faulted 24 times a
    # query instead of 49 on 12-query connections, at the same CPU (twelfth round).
    DENSE = 0.15

    def found(self, clauses, tag_groups, extra, params, cap) -> Found:
        # The matches travel as columns (one JSON array per field), not as rows: a common word's
        # 1,001 candidates are then 5 lists made by json.loads and counted by Counter in C, with
        # no Python object or step per row (1.4 → 0.5 ms of Python holding the GIL, measured on
        # their own; the shared path makes a tuple per row twice and sorts them with a key).
        limit = cap + 1
        positive = [c for c in clauses if not c.negated]
        tag_groups = board_years(tag_groups)
        pairs = self.phrase_pairs(clauses)
        with self.cursor() as cur:
            columns, found_without_audience, density = None, None, 1.0
            if positive or len(tag_groups) > 1:
                columns, found_without_audience, density = self._probe(
                    cur, clauses, tag_groups, extra, params, limit, pairs
                )
            if columns is None:
                where = " AND ".join(["search_fts MATCH %s", *extra])
                walked = self.CANDIDATES if density < self.DENSE else self.WALKED
                sql = (
                    f"SELECT {self.FIELDS} FROM search_fts JOIN {walked} ON d.id = search_fts.rowid "
                    f"WHERE {where} ORDER BY search_fts.rowid DESC LIMIT %s"
                )
                if found_without_audience is not None and found_without_audience < self.SPARSE:
                    # The matches as a set (FTS5's ascending walk), the newest taken from it.
                    sql = (
                        f"SELECT {self.FIELDS} FROM {self.CANDIDATES} "
                        "WHERE d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s) "
                        f"{''.join(' AND ' + e for e in extra)} ORDER BY d.id DESC LIMIT %s"
                    )
                columns = _json_columns(
                    cur, sql, self.NAMES, [self.match(clauses, tag_groups, pairs), *params, limit]
                )
            scores = self._scores(
                cur, clauses, tag_groups, positive, pairs, columns, limit, found_without_audience
            )
        capped = len(columns[0]) > cap
        if capped:
            columns = [c[:cap] for c in columns]
        ids = columns[0]
        facets = {name: facet_counts(column) for name, column in zip(FACET_FIELDS, columns[1:], strict=True)}
        values = list(map(scores.get, ids, repeat(0.0))) if scores else [0.0] * len(ids)
        ranked = list(zip(ids, values, strict=True))
        if scores and any(values):
            # Best first, and among equal scores newest first: the ids are newest first already
            # and the sort is stable (also with reverse=True), so the score alone is the key.
            ranked.sort(key=itemgetter(1), reverse=True)
        # One word, nothing else in the match (no filter, no exclusion), counted by the probe
        # below SPARSE: the page's snippets may walk that word's list over the page's ids.
        few = (
            found_without_audience is not None
            and found_without_audience < self.SPARSE
            and len(tag_groups) == 1
            and len(clauses) == 1
            and len(clauses[0].words) == 1
            and not clauses[0].negated
        )
        return Found(ranked, len(ids), capped, facets, few)

    NAMES = ("id", "kind", "board_id", "year", "paper_kind")  # a candidate's: its id, FACET_FIELDS
    FIELDS = ", ".join(f"d.{n}" for n in NAMES)

    def _scores(self, cur, clauses, tag_groups, positive, pairs, columns, limit, found_without_audience):
        """The candidates' scores (id → score; those not in it score 0): bm25 when every word is
        specific enough, else title matches first (1.0)."""
        ids = columns[0]
        if not positive or not ids:
            return {}
        # A capped set (the newest CAP + 1 of more matches) is not ranked by bm25: its words are
        # in more than CAP documents, too common to be worth bm25's count of them all.
        capped = len(ids) >= limit
        # The probe counted a lone clause's documents (up to SPARSE): no need to again.
        counted = found_without_audience is not None and len(clauses) == 1 and len(tag_groups) == 1
        if capped:
            specific = False
        elif counted:
            specific = (found_without_audience or 0) <= self.BM25_LIMIT
        else:
            specific = self._specific(cur, positive, pairs)
        if specific:
            return self._bm25(cur, positive, pairs, ids)
        # Paragraphs have no heading (documents.py): only other hits can match in theirs.
        titled = list(compress(ids, map(ne, columns[1], repeat(SearchDoc.Kind.PARAGRAPH))))
        return self._title_first(cur, positive, titled) if titled else {}

    def _probe(
        self, cur, clauses, tag_groups, extra, params, limit, pairs
    ) -> tuple[list[list] | None, int, float]:
        """The match without the audience, counted up to SPARSE: the candidates' columns when it
        has fewer than PROBE rows (else None), how many rows it has (SPARSE: that many or more),
        and its density: the share of document ids its first PROBE rows hold (1.0 when it has
        fewer)."""
        # The first PROBE rows, their ids gathered when that is all of them; else the count up
        # to SPARSE, ids only (gathering 4,000 ids into JSON was half of a common word's probe:
        # 0.49 → 0.24 ms). The second walk re-reads the first PROBE rows: a few hundredths of a ms.
        match = self.match(clauses, tag_groups[1:], pairs)
        cur.execute(
            "SELECT count(*), CASE WHEN count(*) < %s THEN json_group_array(rowid) ELSE "
            "(SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH %s LIMIT %s)) END, "
            "max(rowid) - min(rowid) + 1 "
            "FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH %s LIMIT %s)",
            [self.PROBE, match, self.SPARSE, match, self.PROBE],
        )
        # found: the ids (fewer than PROBE) or the count up to SPARSE; span: the ids they cover
        count, found, span = cur.fetchone()
        if count >= self.PROBE:
            return None, found, count / span
        if not count:
            return [[] for _ in self.NAMES], 0, 1.0
        *columns, tags = _json_columns(
            cur,
            f"SELECT {self.FIELDS}, d.tags FROM {self.CANDIDATES} "
            f"WHERE {' AND '.join(['d.id IN (SELECT value FROM json_each(%s))', *extra])} ORDER BY d.id DESC",
            (*self.NAMES, "tags"),
            [found, *params],
        )
        audience = set(tag_groups[0])
        keep = [i for i, t in enumerate(tags) if not audience.isdisjoint(t.split())][:limit]
        if len(keep) < len(tags):
            columns = [[column[i] for i in keep] for column in columns]
        return columns, count, 1.0

    def _specific(self, cur, positive, pairs) -> bool:
        for c in positive:
            cur.execute(
                "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH %s LIMIT %s)",
                [self.clause_match(c, pairs), self.BM25_LIMIT + 1],
            )
            if cur.fetchone()[0] > self.BM25_LIMIT:
                return False
        return True

    def _bm25(self, cur, positive, pairs, ids) -> dict[int, float]:
        # Weights per column: a word in the heading (title) counts 4 times one in the body; tags
        # none; a phrase's pairs (heading's and body's together) as the body. bm25 is lower for
        # better matches, so it is negated into a score.
        # (bm25 cannot run inside an aggregate's subquery: rows one by one, at most BM25_LIMIT.)
        # The text matches more rows than the user may see (the audience is not in this match:
        # its tags would enter bm25's counts): only the candidates are scored, ~2 µs each (a
        # phrase's 2.2 ms → 1.0). Not `rowid IN (…)` in the WHERE clause: FTS5 then runs the
        # match again for each rowid (9.8 ms). Only the candidates' rows come back to Python (the
        # others were stepped into it one by one for nothing: 1.2–1.6 → 0.95 ms for 400–1,000
        # matches); LIMIT -1 keeps the subquery from being flattened into the outer WHERE, which
        # would compute bm25 twice. Not as JSON: its numbers have 15 digits, a score has 17.
        cur.execute(
            "SELECT rowid, score FROM (SELECT rowid, CASE WHEN rowid IN (SELECT value FROM json_each(%s)) "
            "THEN -bm25(search_fts, 4.0, 1.0, 0.0, 1.0) END AS score FROM search_fts WHERE search_fts MATCH %s "
            "LIMIT -1) WHERE score IS NOT NULL",
            [json.dumps(ids), self.text_match(positive, pairs)],
        )
        return dict(cur.fetchall())

    def _title_first(self, cur, positive, ids) -> dict[int, float]:
        lo, hi = min(ids), max(ids)
        cur.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH %s AND rowid BETWEEN %s AND %s",
            [f"{{heading}} : ({' AND '.join(_phrase(c) for c in positive)})", lo, hi],
        )
        return {r[0]: 1.0 for r in cur.fetchall()}

    def snippets_sql(self, positive, ids, few: bool = False):
        marks = f"'{MARK_START}', '{MARK_END}'"
        if few:
            # `search_fts.rowid IN (…)` makes SQLite filter FTS5 once per id: each looks the
            # query's terms up again and loads their first leaves, 20 times a page (a rare word's
            # page on a new connection, raw SQL: 2.99 ms; warm 0.45). A word in fewer than
            # SPARSE documents (Found.few) is walked once over the page's span instead, the ids
            # tested on each row (`+` keeps them from FTS5): 0.79 ms, warm 0.32. Not for
            # phrases or several words: FTS5 would walk their commoner words over that span.
            sql = (
                f"SELECT {DOC_COLUMNS}, snippet(search_fts, 1, {marks}, '…', 40) AS snip, "
                f"highlight(search_fts, 0, {marks}) AS head "
                "FROM search_fts JOIN search_searchdoc d ON d.id = search_fts.rowid "
                "WHERE search_fts MATCH %s AND search_fts.rowid BETWEEN %s AND %s "
                "AND +search_fts.rowid IN (SELECT value FROM json_each(%s))"
            )
            return sql, [self.text_match(positive), min(ids), max(ids), json.dumps(ids)]
        # Otherwise FTS5 is asked once per id, for one row: a scalar subquery, which SQLite stops
        # at its first row, giving the snippet and the marked heading as one JSON array
        # (`page_rows` unpacks it; NULL where the text does not match, as a join has no row).
        # Joined by `search_fts.rowid IN (…)`, FTS5 was filtered once per id too, but after
        # returning the id SQLite asked it for the next row, and FTS5 finds there is none only
        # at the query's next match beyond the id (it checks the rowid bound at matches, not at
        # the rows between): for a phrase, each row between that holds all its words is checked
        # for the phrase, seeking in the stop words' long lists ("scrutiny of the Police" at 1M
        # paragraphs, ~5,000 ids to its next match: 100 µs an id, 30 µs stopped at the id).
        where, params = self.ids_clause(ids)
        sql = (
            f"SELECT {DOC_COLUMNS}, (SELECT json_array(snippet(search_fts, 1, {marks}, '…', 40), "
            f"highlight(search_fts, 0, {marks})) FROM search_fts "
            "WHERE search_fts MATCH %s AND search_fts.rowid = d.id) AS snip_head "
            f"FROM search_searchdoc d WHERE {where}"
        )
        return sql, [self.text_match(positive), *params]

    def page_rows(self, positive, ids, few: bool = False) -> list:
        if not positive or few:
            return super().page_rows(positive, ids, few)
        sql, params = self.snippets_sql(positive, ids)
        with self.cursor() as cur:
            cur.execute(sql, params)
            rows = cur.fetchall()
        return [(*row[:-1], *json.loads(row[-1])) for row in rows if row[-1] is not None]

    def rebuild(self) -> None:
        with connection.cursor() as cur:
            cur.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            cur.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


def _websearch(clauses: list[Clause]) -> str:
    """Clauses in websearch_to_tsquery's syntax, every part quoted (it never raises anyway)."""
    return " ".join(("-" if c.negated else "") + _phrase(c) for c in clauses)


def _tsquery_tags(tag_groups: list[list[str]]) -> str:
    """The tag groups as tsquery text: tags are lexemes with a leading underscore in the vector
    (migration 0004), quoted; tags are letters and digits, so nothing needs escaping."""
    return " & ".join("(" + " | ".join(f"'_{t}'" for t in g) + ")" for g in tag_groups)


def _tsquery_and(parts) -> str:
    """tsquery texts ANDed, each in parentheses (its own | and <-> stay inside); empty ones left
    out, as websearch_to_tsquery leaves out a clause of stop words only."""
    return " & ".join(f"({p})" for p in parts if p)


# A tsquery of one lexeme, as websearch_to_tsquery writes it and _tsquery_and wraps it.
_ONE_LEXEME = re.compile(r"\(*'[^']+'\)*")


def _int_array(values) -> str:
    """Integers as an array's text (cast in the statement): psycopg dumps a list parameter element
    by element in Python, ~45 µs for a page's 20 ids against ~2 for the text."""
    return "{" + ",".join(map(str, values)) + "}"


def _text_array(values) -> str:
    """Strings as an array's text (cast in the statement), each quoted, as _int_array."""
    return "{" + ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values) + "}"


def _chain_checks(phrases: list[tuple[str, list[str]]]) -> tuple[list[str], list[str]]:
    """SQL filters (and their parameters) checking phrases by their words' positions, each given
    as its tsquery's text and what the terms statement found for it (its pairs, then its
    tsquery's node count), on rows already holding all its pairs. A phrase whose pairs chain —
    each pair's last word the next one's first, one pair between each two of its words, at the
    distances its tsquery asks: "Police and Crime Panel", `'polic' <2> 'crime' <-> 'panel'`, by
    `polic_2_crime` and `crime_panel` — is proven by them on a row where every word two pairs
    share is there once, in the body (not in `rk`): both pairs then hold that one occurrence
    (pairs are made within the body and within the heading, never across). Only other rows
    read their vector from TOAST (~13 buffers a row): 35% of the rows holding that phrase's
    pairs at 1M paragraphs, 6% of those holding "Safer and Stronger Communities"'s. Anything
    else is checked on the vector, as before. (A text of over 16,383 words, where the vector's
    positions stop counting, could differ: the vector's own check is then wrong too.)"""
    checks, args = [], []
    vector = "ts_match_vq(d.tsv, (SELECT %s::tsquery))"
    for query, found in phrases:
        chain = _chained(found[:-1])
        text = (
            " ".join(
                [_quoted_lexeme(chain[0][0])]
                + [f"{f'<{d}>' if d else '<->'} {_quoted_lexeme(last)}" for _first, d, last in chain]
            )
            if len(chain) > 1
            else ""
        )
        if text == query:
            checks.append(f"(NOT d.rk @@ (SELECT %s::tsquery) OR {vector})")
            args += [" | ".join(_quoted_lexeme(last) for _first, _d, last in chain[:-1]), query]
        else:
            checks.append(vector)
            args.append(query)
    return checks, args


def _chained(pairs: list[str]) -> list[tuple[str, str, str]]:
    """A phrase's pairs (`polic_2_crime`: first word, distance when over one, last word; in the
    vector's order, not the phrase's) as one chain in the phrase's order, each pair's last word
    the next one's first; [] when they make no single chain."""
    ends = []
    for pair in pairs:
        parts = pair.split("_")
        if len(parts) == 2:
            ends.append((parts[0], "", parts[1]))
        elif len(parts) == 3 and parts[1].isdigit():
            ends.append((parts[0], parts[1], parts[2]))
        else:
            return []
    following = {first: (first, d, last) for first, d, last in ends}
    starts = [e for e in ends if e[0] not in {last for _f, _d, last in ends}]
    if len(following) != len(ends) or len(starts) != 1:
        return []
    chain = starts
    while chain[-1][2] in following and len(chain) < len(ends):
        chain = [*chain, following[chain[-1][2]]]
    return chain if len(chain) == len(ends) else []


def _quoted_lexeme(lexeme: str) -> str:
    """A lexeme as tsquery text: quoted, its quotes and backslashes doubled."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


class Postgres(Engine):
    """A tsvector of the text and the tags with a GIN index, in a narrow table of its own
    (`search_pgindex`, kept in step with search_searchdoc by triggers): see migrations 0004, 0005,
    0007 and 0010. Candidates are found, filtered and counted in that table (`d` below is its row: id,
    kind, board_id, year, paper_kind, date, aud, tsv); the text is read from search_searchdoc
    only for the page of hits shown, and for a quoted word's exact form."""

    vendor = "postgresql"

    def too_common(self, q: str) -> bool:
        # ("himself", "between", "during" are stop words there: a query of nothing else is empty,
        # and an empty tsquery matches no document; the same words find hundreds on SQLite.)
        words = [w for c in parse(q) if not c.negated for w in c.words]
        if not words:
            return False
        with connection.cursor() as cur:
            cur.execute("SELECT numnode(plainto_tsquery('english', %s))", [" ".join(words)])
            row = cur.fetchone()
        return row is not None and row[0] == 0

    exact_sql = "(SELECT w.heading || ' ' || w.body FROM search_searchdoc w WHERE w.id = d.id) ~* %s"
    HEADLINE = (
        f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=40, MinWords=15, "
        'MaxFragments=2, FragmentDelimiter=" … "'
    )
    WHOLE = 300  # characters: a body this short is its own snippet

    # How the rows are reached is what costs (EXPLAIN ANALYZE at 1M documents). The text and the
    # tags are one vector with one GIN index (migration 0004), so one GIN scan ANDs the words, the
    # audience and the filters, walking the rarest required entry and skipping through the rest:
    # a rare word, or a common one within a board and a year, costs about its own list, and only
    # visible matches are fetched. A common word would still have all its visible matches (tens
    # of thousands of wide rows) fetched to keep the newest 1,001: so when the statistics
    # (pg_stats.most_common_elems: the commonest words' and tags' shares of the documents) expect
    # many matches, the newest are asked for one window of ids at a time, each window a tag of
    # its documents (1,024, 8,192, 65,536 or 524,288 ids: `_zqd`, `_zqa`, `_zqb`, `_zqc`), then
    # the rest.
    WINDOWS = (("zqd", 10), ("zqa", 13), ("zqb", 16), ("zqc", 19))
    MAX_WINDOWS = 8
    # When read, the commonest lexemes' shares, and half the least of them: the share taken for a
    # lexeme not among them (found once per read: a minimum of 10,000 values is ~0.3 ms).
    _stats: tuple[float, dict[str, float], float] = (-1e9, {}, 0.0)

    def candidates(self, clauses, tag_groups, extra, params, limit):
        positive = [c for c in clauses if not c.negated]
        tag_groups = board_years(tag_groups)
        cols = "d.id, d.kind, d.board_id, d.year, d.paper_kind"
        # The rows as candidates returns them, a score of 0 in place until they are ranked: made
        # by the driver's row maker, not rebuilt in Python (a common word's 1,001 rows: ~0.2 ms).
        scored = "d.id, 0::real, d.kind, d.board_id, d.year, d.paper_kind"
        with self.cursor() as cur:
            # The newest id, the query's lexemes (for the plan) and each clause as a tsquery in
            # one round trip: on a busy machine each round trip waits for the scheduler twice.
            # A phrase's word pairs too, adjacent or across stop words (migrations 0005 and 0010:
            # the same function made the documents' pairs), so it is found like a rare word; and
            # how many lexemes the phrase has (numnode: its words and the operators between).
            phrases = [c for c in positive if len(c.words) > 1]  # quoted, or a hyphenated word
            cur.execute(
                "SELECT (SELECT max(id) FROM search_pgindex), "
                "tsvector_to_array(to_tsvector('english', %s)), "
                "array(SELECT array_to_string(tsvector_to_array(search_pairs(p)), ' ') "
                "|| ' ' || numnode(phraseto_tsquery('english', p)) "
                "FROM unnest(%s::text[]) WITH ORDINALITY u(p, i) ORDER BY i), "
                "array(SELECT websearch_to_tsquery('english', c)::text "
                "FROM unnest(%s::text[]) WITH ORDINALITY u(c, i) ORDER BY i)",
                [
                    " ".join(w for c in positive for w in c.words),
                    _text_array(" ".join(c.words) for c in phrases),
                    _text_array(_websearch([c]) for c in clauses),
                ],
            )
            top, lexemes, per_phrase, per_clause = cur.fetchone()
            hi = (top or 0) + 1
            tsquery = dict(zip(clauses, per_clause, strict=True))
            per_phrase = [found.split() for found in per_phrase]
            pairs = [p for found in per_phrase for p in found[:-1]]
            # A phrase of two lexemes (3 nodes: the two and the distance between them) with a
            # pair is proven by it: adjacent, or that many positions apart with only stop words
            # between (in the heading or the body). No position check, so GIN's answer needs no
            # recheck and no row's vector is read.
            proven = {
                c
                for c, found in zip(phrases, per_phrase, strict=True)
                if found[-1] == "3" and len(found) == 2
            }
            checked = [c for c in clauses if c not in proven]
            # A query of one lexeme, or one phrase its pair proves, is ranked from the row's few
            # words inline where they tell its rank (_rank_sql).
            shape: tuple[Any, ...] | None = None
            if len(positive) == 1 and _ONE_LEXEME.fullmatch(tsquery[positive[0]] or ""):
                shape = ("one",)
            elif len(positive) == 1 and positive[0] in proven:
                pair = per_phrase[phrases.index(positive[0])][0]
                parts_of = pair.split("_")
                if len(parts_of) == 2 or (len(parts_of) == 3 and parts_of[1].isdigit()):
                    distance = int(parts_of[1]) if len(parts_of) == 3 else 1
                    shape = ("pair", parts_of[0], parts_of[-1], distance)
            # websearch_to_tsquery ANDs its clauses and drops those of stop words only; when
            # nothing is left the query is empty, and an empty tsquery matches no document.
            text = _tsquery_and(tsquery[c] for c in checked)
            if checked and not text:
                return []
            # A pair's share of the documents stands for its words' (it is at most theirs): the
            # words are its first and last parts (a gap pair's distance is between them).
            paired = {w for p in pairs for w in (p.partition("_")[0], p.rpartition("_")[2])}
            lexemes = [lx for lx in lexemes or [] if lx not in paired] + pairs
            # A phrase's pairs go together (each holds a word of the next): planned by the
            # rarest of them, not their product as if independent ("Police and Crime Panel":
            # 12,000 rows hold both its pairs, the product expected ~300, so every one of them
            # was read and checked from TOAST at once instead of the newest windows).
            correlated = [found[:-1] for found in per_phrase if len(found) > 2]
            window, per_row = self._plan(cur, lexemes, tag_groups, hi, limit, correlated)
            # The words, the pairs, the tags and a window are one tsquery, so one condition: the
            # planner reads the column's statistics (10,000 most common lexemes, a 65 kB array
            # taken apart on every use) once per `@@` with a constant, ~0.45 ms each, and a
            # statement had three or four (1.4 ms of planning for a 1.5 ms window). Given as a
            # sub-select, the tsquery is not a constant to the planner, which then takes a
            # default share of rows (0.1 ms of planning), and the plan is still the GIN bitmap
            # scan (the only index that can answer it; ORDER BY id + 0 keeps the primary key's
            # backward walk out). GIN still ANDs the parts inside one scan, walking the rarest
            # required entry: the same scan as one condition per part.
            parts = [_tsquery_tags(tag_groups[1:] if per_row else tag_groups)]
            if pairs:
                # Required entries of the scan: only rows holding every pair are fetched and
                # checked for the phrase (a pair cannot tell which phrase, or where, it is in).
                parts.append(" & ".join(_quoted_lexeme(p) for p in pairs))
            # A phrase checked by its words' positions (one its pair does not prove) is checked
            # by a filter of its own, not in the scan, when all the ids are asked at once or
            # after the windows: the scan keeps the pairs, which every row holding the phrase
            # has, and needs no recheck. With the audience tested on each row, the phrase is then
            # checked after it: in a bitmap heap scan the index condition's recheck (the phrase,
            # on the vector read from TOAST) runs before any filter, so every row holding the
            # pairs was read and checked, the invisible ones too ("Children and Young People":
            # 1,087 rows checked for 408 visible, 5,541 buffers; after the audience 2,752). And
            # all at once, the vector read for the check is the one ranked (below).
            later = [
                c for c in checked if c in phrases and len(per_phrase[phrases.index(c)]) > 1 and tsquery[c]
            ]
            found_q = _tsquery_and([*parts, text])
            match = "d.tsv @@ (SELECT %s::tsquery)"
            args: list = []
            if per_row:
                # Selective filters (a board and a year): GIN finds their rows, and the audience
                # is tested on each: 2.4 ms against 10.6 ms with the audience's dozen long lists
                # in the scan. On the row's own small vector of audience tags (no index: the
                # planner cannot take it into the scan), not on the whole vector, which is out
                # of line (migration 0007).
                match += " AND d.aud @@ %s::tsquery"
                args.append(_tsquery_tags(tag_groups[:1]))
            args += params
            scan_q, check, check_args = found_q, "", []
            if later:
                scan_q = _tsquery_and([*parts, _tsquery_and(tsquery[c] for c in checked if c not in later)])
                # ts_match_vq is `@@` as a function, which no index can take: a filter, after the
                # audience's (the planner keeps filters of equal cost in their order).
                check = "ts_match_vq(d.tsv, (SELECT %s::tsquery))"
                check_args = [_tsquery_and(tsquery[c] for c in later)]
            # Where the rows are not ranked from their vectors (windows, and the rest after
            # them), a phrase its pairs chain is proven without the vector where it can be.
            quick, quick_args = _chain_checks([(tsquery[c], per_phrase[phrases.index(c)]) for c in later])
            where = " AND ".join([match, *extra])
            rows: list[tuple] = []
            covered, asked = 0, 0
            while window and len(rows) < limit and hi > 0 and asked < self.MAX_WINDOWS:
                # One window (a required entry of the GIN scan: one bucket's tag, or the tags of a
                # run of buckets), its rows sorted: never a walk of the primary key from the top.
                # The next window's size follows the matches found per id so far (a phrase's words
                # can go together far more often than chance).
                (name, bits), run = self.WINDOWS[window[0]], window[1]
                bucket = (hi - 1) >> bits
                low = max(0, bucket - run + 1)
                start = low << bits  # the window's first id
                tags = [f"'_{name}{b}'" for b in range(bucket, low - 1, -1)]
                if len(window) > 2 and window[2]:
                    # The oldest bucket trimmed to its newest buckets of the next size down
                    # (_trimmed): a window a little over the ids expected to be needed, not up to
                    # a bucket over.
                    small, small_bits = self.WINDOWS[window[0] - 1]
                    top_small = (min(hi, (low + 1) << bits) - 1) >> small_bits
                    first_small = top_small - window[2] + 1
                    start = first_small << small_bits
                    tags[-1:] = [f"'_{small}{b}'" for b in range(top_small, first_small - 1, -1)]
                buckets = " | ".join(tags)
                # The window is a condition of its own, a second key of the same GIN scan, and so
                # is a wide audience (instead of its test on each row): GIN leapfrogs between its
                # keys (each advanced to the others' next item), so it walks the query's matches
                # within the window, stepping over the window's other ids and the audience's in
                # their decoded lists, and fetches only visible rows. In one tsquery the window's
                # buckets, each shorter than a common word's list, were the required entries and
                # the scan's loop ran on every id of the window; tested on each row, the audience
                # fetched ~3 rows for each one kept ("scrutiny", 1,231 matches of 3,420 rows in a
                # window of 57,344 ids: 7.1–8.0 ms of server CPU in one key, 3.7–4.0 with the
                # window apart, 2.5 with the audience apart too).
                # A phrase checked by positions is a filter here too (_chain_checks), not in the
                # scan's tsquery, where GIN's recheck read every row's vector from TOAST ("Police
                # and Crime Panel": 709 rows, 9,130 buffers, for 29 removed).
                keys = [scan_q] if scan_q else []
                if per_row:
                    keys.append(_tsquery_tags(tag_groups[:1]))
                keys.append(buckets)
                conditions = " AND ".join(["d.tsv @@ (SELECT %s::tsquery)"] * len(keys) + extra + quick)
                cur.execute(
                    f"SELECT {scored} FROM search_pgindex d WHERE {conditions} "
                    "AND d.id + 0 < %s ORDER BY d.id + 0 DESC LIMIT %s",
                    [*keys, *params, *quick_args, hi, limit - len(rows)],
                )
                rows += cur.fetchall()
                covered, hi, asked = covered + hi - start, start, asked + 1
                # GIN walks a word's whole list, whatever the window: its length of all the ids.
                window = self._next_window(
                    len(rows) / covered, limit - len(rows), window[0], self._listed(lexemes, top or 0)
                )
            ranked: bool | None = None  # True: the rows hold their scores
            if len(rows) < limit and hi > 0:
                # The rest, from the GIN index, sorted. Not by the primary key backwards: the
                # planner's guess of a phrase's matches can be 20 times too many, and the walk
                # then reads the whole table (a phrase in 490 documents: 5.7 s).
                def rest_sql(columns: str, checks: list[str]) -> str:
                    checked_where = " AND ".join([match, *checks, *extra])
                    return (
                        f"SELECT {columns} FROM search_pgindex d WHERE {checked_where} AND d.id + 0 < %s "
                        "ORDER BY d.id + 0 DESC LIMIT %s"
                    )

                before = [scan_q, *args[: len(args) - len(params)]]
                rest = [*before, *check_args, *params, hi, limit - len(rows)]
                wanted = _tsquery_and(tsquery[c] for c in positive)
                if wanted and not rows:
                    # All the matches in one query (few expected): ranked as they are read, not
                    # fetched again by a second query; ts_rank_cd runs on the rows kept (after the
                    # LIMIT, not on every match the sort saw), and only when they are all the
                    # matches (a capped set is not ranked: see _ranks).
                    columns, rank, rank_args = self._rank_sql("s", shape, "r.q")
                    scan = rest_sql(cols + "".join(f", d.{c}" for c in columns), [check] if check else [])
                    if check and columns == ["tsv"]:
                        # The vector read once (from TOAST) for both the phrase's check and the
                        # rank: `|| ''` makes a copy in memory that the check and the rank then
                        # read, where each read the vector out of line on its own (a phrase in
                        # 672 documents: 6,288 buffers, 3,516 with the copy; the copy's own cost
                        # a few µs a row). Only the visible rows holding the pairs are copied.
                        scan = (
                            f"SELECT {cols}, d.tsv FROM (SELECT {cols}, d.tsv || ''::tsvector AS tsv "
                            f"FROM search_pgindex d WHERE {where} AND d.id + 0 < %s OFFSET 0) d "
                            f"WHERE {check} ORDER BY d.id + 0 DESC LIMIT %s"
                        )
                        rest = [scan_q, *args, hi, *check_args, limit - len(rows)]
                    cur.execute(
                        f"WITH s AS MATERIALIZED ({scan}) "
                        f"SELECT s.id, coalesce(CASE WHEN (SELECT count(*) FROM s) < %s THEN {rank} END, 0), "
                        "s.kind, s.board_id, s.year, s.paper_kind "
                        "FROM s, (SELECT %s::tsquery AS q) r ORDER BY s.id DESC",
                        [*rest, limit, *rank_args, wanted],
                    )
                    rows = cur.fetchall()
                    ranked = True
                else:
                    cur.execute(
                        rest_sql(scored, quick), [*before, *quick_args, *params, hi, limit - len(rows)]
                    )
                    rows += cur.fetchall()
            capped = len(rows) >= limit
            if ranked is None or capped:
                scores = self._ranks(cur, positive, rows, capped=capped, shape=shape)
                if scores:
                    return [(r[0], scores.get(r[0], 0.0), *r[2:]) for r in rows]
        return rows

    FILTERED = 20_000  # documents: filters this selective are read first, the audience per row

    def _plan(
        self, cur, lexemes, tag_groups, top, limit, correlated=()
    ) -> tuple[tuple[int, ...] | None, bool]:
        """How to search, by the statistics (each of the query's `lexemes`' and tag group's share
        of the documents, ANDed as if independent, but for each group of `correlated` lexemes —
        a phrase's pairs — which counts as its rarest): the first window (see _first_window,
        with _trimmed's count of smaller buckets for its oldest as a third item; None: all ids
        at once), when many more matches than `limit` are expected; and whether to
        test the audience on each row, when the filters are expected to hold at most FILTERED
        documents, or when the audience holds at least AUDIENCE_PER_ROW of the documents and
        either a window is searched or the rarest lexeme is expected in at most SPARSE
        documents (a window's own statements then take the audience as a key of the GIN scan
        of its own, not on each row: see candidates)."""
        stats = self._common_lexemes(cur)
        if not stats:
            return None, False  # a new or small index: the planner is left to itself
        floor = Postgres._stats[2]

        def share_of(group):
            return min(1.0, sum(stats.get(f"_{t}", floor) for t in group))

        filters = 1.0
        for group in tag_groups[1:]:
            filters *= share_of(group)
        share = filters * share_of(tag_groups[0])
        grouped = {lx for group in correlated for lx in group}
        for lexeme in lexemes:
            if lexeme not in grouped:
                share *= stats.get(lexeme, floor)
        for group in correlated:
            share *= min(stats.get(lexeme, floor) for lexeme in group)
        per_row = len(tag_groups) > 1 and top * filters <= self.FILTERED
        listed = self._listed(lexemes, top)
        first = None if top * share <= 1.5 * limit else self._first_window(share, limit, top, listed)
        # A third item: how many smaller buckets stand for the window's oldest (see _trimmed).
        window = (*first, self._trimmed(first, share, limit, top)) if first else None
        # With the window's tags and the audience in the query's one tsquery, the window's tags
        # were the scan's required entries, so GIN visited every id of the window and advanced
        # the audience's eight or so lists at each ("council": 7.3 ms for 24,576 ids and 1,562
        # rows); tested on each row's `aud` instead, it read ~3 times the rows from the narrow
        # heap (migration 0007: cached, ~1.5 µs a row). A wide audience is now a key of its own
        # in a window's statements (GIN leapfrogs between keys: only the word's matches in the
        # window are walked, only visible rows fetched); after the windows, the rest of the ids
        # still test it on each row. Not for an audience that sees little: there it stays in
        # the words' key, as without a window.
        wide = share_of(tag_groups[0]) >= self.AUDIENCE_PER_ROW
        # A rare word (or phrase pair) is GIN's one required entry, and each of its documents
        # sends the audience's lists (a third of all ids for `zvpublic`) each to a new page,
        # found from its root and decoded whole: ~0.9 ms of server CPU for a word in 67
        # documents with the bench's member (8 tags), 0.1 ms with the audience tested on each
        # of the 67 rows; a word in 1,276 documents 2.0 against 1.2 ms, in 2,765 2.7 against
        # 3.1. Bounded by the rarest lexeme's list, so a wrong guess of how the words go
        # together cannot make it fetch more rows than that. Those figures were of rows already
        # in shared buffers; a word's rows are scattered (one heap page each) and mostly are
        # not (the narrow heap, 191 MB at 1M documents, against 128 MB of buffers by default):
        # a word in 1,430 documents, 530 of them visible to the bench's member, read 1,384
        # pages per row, 836 of them into the buffers, for 530 kept. So only a list short
        # enough for its invisible rows to cost less than the audience's lists in the scan is
        # read per row: up to SPARSE, which keeps per row the words below the statistics'
        # commonest (half the least share, ~400 documents at 1M) and the truly sparse.
        sparse = listed <= self.SPARSE
        return window, per_row or (wide and (window is not None or sparse))

    SPARSE = 500  # documents: the rarest lexeme's list, at most, for the audience tested per row

    AUDIENCE_PER_ROW = 0.2  # share of the documents: at most ~5 rows fetched for each one kept

    def _listed(self, lexemes, top: int) -> float:
        """The expected length of GIN's list of the query's rarest lexeme (documents: its share
        by the statistics times the ids so far); infinite without lexemes or statistics."""
        _at, stats, floor = Postgres._stats
        if not stats or not lexemes:
            return math.inf
        return top * min(stats.get(lexeme, floor) for lexeme in lexemes)

    @staticmethod
    def _walks_less(bits: int, run: int, listed: float) -> bool:
        """Whether GIN walks no more than the rarest lexeme's list with a window of `run` buckets
        of 2**bits ids. GIN walks the fewest smallest lists without which nothing can match:
        when each bucket's list is shorter than the word's, all the window's buckets (its every
        id), else the word's whole list. So many small buckets cost more than the word when
        they hold more ids than it has documents ("visit", in 26,000 of 1M documents: 15
        buckets of 8,192 ids, 123,000 ids walked, 13.4 ms of server CPU; 3 of 65,536, its own
        26,000, 8.7 ms)."""
        return (1 << bits) >= listed or run << bits <= listed

    def _first_window(
        self, rate: float, needed: int, top: int, listed: float = math.inf
    ) -> tuple[int, int] | None:
        """The first window, as (size, buckets): the fewest buckets of the smallest size expected
        (at the statistics' `rate` of matches per id) to hold what is needed, counting the newest
        bucket by the ids it holds so far (`top` is one more than the newest id): one bucket of
        8,192 ids was always asked first, and a part-filled one held a few dozen matches of a
        common word for a statement of its own. A little more than expected (FIRST_MARGIN): a
        window of exactly the expected ids fell short of a common word's 1,001 in half the
        queries, and a second statement costs ~1 ms where a tenth more rows cost ~0.2 ms; not
        much more, as a rate from the statistics is a guess and the next window follows the
        matches found. Of a size whose buckets GIN walks no more ids than the rarest lexeme's
        list (`listed`: see _walks_less)."""
        wanted = self.FIRST_MARGIN * needed / rate
        for i, (_name, bits) in enumerate(self.WINDOWS):
            newest = top - (((top - 1) >> bits) << bits)  # ids of the newest bucket so far
            run = 1 + math.ceil(max(0.0, wanted - newest) / (1 << bits))
            if run <= (self.RUN if i < len(self.WINDOWS) - 1 else 1) and self._walks_less(bits, run, listed):
                return i, run
        return None

    def _trimmed(self, window: tuple[int, int], rate: float, needed: int, top: int) -> int:
        """How many buckets of the next size down stand for the oldest bucket of the first window
        (0: the whole bucket): the fewest, newest first, holding what the window is expected to
        need there (the same FIRST_MARGIN over the rate's ids as _first_window). A window of
        8,192-id buckets ended up to 8,191 ids past what it needed, and the heap's rows there
        were fetched and sorted for nothing: a common word's first window fetched 1.30 times the
        rows it kept."""
        level, run = window
        if level == 0:
            return 0
        bits, small_bits = self.WINDOWS[level][1], self.WINDOWS[level - 1][1]
        bucket = (top - 1) >> bits
        oldest = bucket - run + 1
        if oldest < 0:
            return 0
        end = min(top, (oldest + 1) << bits)  # one past the oldest bucket's last id so far
        wanted = self.FIRST_MARGIN * needed / rate - (top - end)  # ids needed in the oldest bucket
        top_small = (end - 1) >> small_bits
        first_small = max(oldest << (bits - small_bits), math.floor((end - wanted) / (1 << small_bits)))
        kept = top_small - first_small + 1
        return 0 if first_small <= oldest << (bits - small_bits) else kept

    # Buckets of one size in a window, at most: 16 of 1,024 ids (8 made a common word's window
    # one of 8,192-id buckets, fetching ~4,700 rows for 1,001 kept, against ~3,000 now).
    RUN = 16
    FIRST_MARGIN = 1.15

    def _next_window(
        self, rate: float, needed: int, level: int, listed: float = math.inf
    ) -> tuple[int, int] | None:
        """The next window, as (size, buckets): the fewest buckets of the smallest size expected
        to hold what is still needed at the rate found so far (a run of buckets, so a window
        overshoots by less than a bucket, not by up to 8 times the matches needed), but at most
        one size up (the newest window is partly filled, and a few hundred ids are a small
        sample); one bucket of the next size when nothing was found yet; None: the rest at once.
        Of a size whose buckets GIN walks no more ids than the rarest lexeme's list (`listed`)."""
        if rate > 0:
            for i, (_name, bits) in enumerate(self.WINDOWS[: level + 2]):
                run = math.ceil(1.2 * needed / ((1 << bits) * rate))
                # Not a run of the largest buckets: their tags' lists are as long as the rest.
                if run <= (self.RUN if i < len(self.WINDOWS) - 1 else 1) and self._walks_less(
                    bits, run, listed
                ):
                    return i, run
        following = level + 1
        return (following, 1) if following < len(self.WINDOWS) else None

    # Ranking the candidates: ts_rank_cd reads each row's whole vector (~5 µs). Over a capped
    # set (more than CAP matches: the newest ones, a slice of a common word's thousands) that
    # tells little; those are ordered title matches first, then newest first, as on SQLite.
    @staticmethod
    def _rank_sql(table: str, shape: tuple | None, query: str) -> tuple[list[str], str, list]:
        """The columns a ranking reads, ts_rank_cd of them for the tsquery `query`, and the
        parameters of that expression. ts_rank_cd (no normalisation) counts only the query's
        lexemes' positions and their weights, and `rk` (migration 0012) holds a document's words
        that are not there once in the body, with all their positions, inline in the row: neither
        reads the vector from TOAST (an index probe and a heap page per ranked row, from the
        operating system's cache when the vectors are not in shared buffers: a word in 1,075
        documents ranked in 12 ms cached, 55 ms not). Each expression is the whole vector's rank
        exactly:
        - one lexeme (`("one",)`): ts_rank_cd(rk) where the word is in `rk`, else it is there once
          in the body (the document matched it) and ranks as one position of weight B;
        - one phrase of two lexemes proven by its pair (`("pair", a, b, distance)`): where both
          words are in `rk`, ts_rank_cd(rk); else one of them is there once, in the body, and
          the pair (made within the body, never across the heading) puts the other `distance`
          before or after it in the body with nothing indexed between, so the phrase's one
          occurrence is its one cover, two weight-B positions that far apart whatever else the
          other word has: the phrase ranks as two such positions (a constant per distance);
        - anything else (None): the vector, whose covers need every lexeme's positions."""
        if shape and shape[0] == "one":
            return (
                ["rk"],
                f"coalesce(nullif(ts_rank_cd({table}.rk, {query}), 0), "
                "ts_rank_cd('x:1B'::tsvector, 'x'::tsquery))",
                [],
            )
        if shape and shape[0] == "pair":
            _pair, a, b, distance = shape
            words = (_quoted_lexeme(a), _quoted_lexeme(b))
            # The vector was read (from TOAST) where one word only was in `rk`: a third of the
            # rows holding the bench's phrases' pairs (68,929 of 208,250, all ranked alike).
            return (
                ["rk"],
                f"CASE WHEN {table}.rk @@ %s::tsquery THEN ts_rank_cd({table}.rk, {query}) "
                "ELSE ts_rank_cd(%s::tsvector, %s::tsquery) END",
                [" & ".join(words), f"a:1B b:{1 + distance}B", f"a <{distance}> b"],
            )
        return ["tsv"], f"ts_rank_cd({table}.tsv, {query})", []

    def _ranks(self, cur, positive, rows, capped, shape=None) -> dict[int, float]:
        if not positive or not rows:
            return {}
        if capped:
            # Paragraphs have no heading (documents.py): only other hits can match in theirs.
            paragraph = SearchDoc.Kind.PARAGRAPH.value  # a str: no enum comparison per row
            ids = [r[0] for r in rows if r[2] != paragraph]
            if not ids:
                return {}
            cur.execute(
                "SELECT d.id FROM search_searchdoc d, websearch_to_tsquery('english', %s) q "
                "WHERE d.id = ANY(%s::int8[]) AND d.heading <> '' AND to_tsvector('english', d.heading) @@ q",
                [_websearch(positive), _int_array(ids)],
            )
            return {r[0]: 1.0 for r in cur.fetchall()}
        _columns, rank, rank_args = self._rank_sql("d", shape, "q")
        cur.execute(
            f"SELECT d.id, {rank} FROM search_pgindex d, websearch_to_tsquery('english', %s) q "
            "WHERE d.id = ANY(%s::int8[])",
            [*rank_args, _websearch(positive), _int_array(r[0] for r in rows)],
        )
        return {r[0]: float(r[1]) for r in cur.fetchall()}

    def _common_lexemes(self, cur) -> dict[str, float]:
        # The statistics change with ANALYZE (autovacuum): read again every 10 minutes.
        at, stats, _floor = Postgres._stats
        if time.monotonic() - at < 600:
            return stats
        cur.execute(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
            "WHERE tablename = 'search_pgindex' AND attname = 'tsv'"
        )
        row = cur.fetchone()
        stats = dict(zip(row[0], row[1], strict=False)) if row and row[0] else {}
        Postgres._stats = (time.monotonic(), stats, min(stats.values()) / 2 if stats else 0.0)
        return stats

    def snippets_sql(self, positive, ids, few: bool = False):
        hide = f"translate(%s, '<>', '{LT}{GT}')"
        whole = f"StartSel={MARK_START}, StopSel={MARK_END}, HighlightAll=true"
        # A short text is shown whole: ts_headline's fragments of one shorter than MinWords can
        # stop mid-sentence (at "where" of "… where a < b and c > d").
        sql = (
            f"SELECT {DOC_COLUMNS}, CASE WHEN length(d.body) <= %s "
            f"THEN ts_headline('english', {hide % 'd.body'}, q, %s) "
            f"ELSE ts_headline('english', {hide % 'd.body'}, q, %s) END AS snip, "
            "CASE WHEN d.heading = '' THEN '' "
            f"ELSE ts_headline('english', {hide % 'd.heading'}, q, %s) END AS head "
            "FROM search_searchdoc d, websearch_to_tsquery('english', %s) q WHERE d.id = ANY(%s::int8[])"
        )
        return sql, [self.WHOLE, whole, self.HEADLINE, whole, _websearch(positive), _int_array(ids)]

    def ids_clause(self, ids):
        return "d.id = ANY(%s::int8[])", [_int_array(ids)]

    def cursor(self):
        """A cursor whose statements are prepared on the server (parsed and planned once per
        connection, then only bound and run): Django's own cursor binds the parameters in the
        client, so nothing can be prepared. The engine's statements are few and fixed in their
        text (the words, tags and windows are parameters), and planning them was ~0.1–0.2 ms of
        server CPU each, parsing and binding ~0.05 of client. Off with
        settings.SEARCH_PREPARED_STATEMENTS (a pooler in transaction mode without support for
        prepared statements: PgBouncer before 1.21)."""
        if not settings.SEARCH_PREPARED_STATEMENTS:
            return connection.cursor()
        connection.ensure_connection()
        raw = connection.connection
        if raw.prepare_threshold is None:
            # Django turns psycopg's preparing off (None), which also ignores prepare=True; a
            # threshold never reached prepares only what asks to be. Django's own cursors bind
            # in the client, which psycopg never prepares.
            raw.prepare_threshold = sys.maxsize
        with connection.wrap_database_errors:
            # As connection.cursor() wraps its cursors (execute wrappers, the debug log).
            # django-stubs leave out BaseDatabaseWrapper's private _prepare_cursor (Django 5.x has it).
            return connection._prepare_cursor(_preparing_cursor()(raw))  # type: ignore[attr-defined]

    def rebuild(self) -> None:
        # The vectors are made from the text on every write (migration 0007's triggers);
        # rebuilding the documents (services.reindex) rebuilds them. What is left is the
        # indexes' bloat.
        with connection.cursor() as cur:
            cur.execute("REINDEX INDEX search_pgindex_tsv")
            cur.execute("ANALYZE search_pgindex")

    # Every page of the narrow table, in order: a TID range scan reads through shared buffers,
    # where a sequential scan of a table larger than a quarter of them would use a small ring
    # of its own and leave them as they were.
    WARM_SQL = "SELECT count(*) FROM search_pgindex WHERE ctid >= '(0,0)'::tid"

    def warm(self) -> None:
        # A rebuild's last writes are the vectors' TOAST pages, and that is what shared buffers
        # hold after it: the first searches then read search_pgindex's rows in, a heap page a
        # row (ADR 0008, nineteenth round: at 1M documents and 128 MB of shared buffers, rare
        # words read 205 blocks a query instead of 140 and took 0.5 ms more server CPU, until
        # the first hundred queries had read them). 0.2 s at 1M; the newest rows, read last, are
        # the ones kept when the table is larger than shared buffers (capped searches rank the
        # newest first).
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute("SET LOCAL enable_seqscan = off")
            cur.execute(self.WARM_SQL)
            cur.execute("SET LOCAL enable_seqscan TO DEFAULT")  # (within an outer transaction too)


@functools.cache
def _preparing_cursor():
    """psycopg's server-binding cursor (as Django's, with its callproc) whose every statement is
    prepared: psycopg names it on the connection the first time and runs it by name after."""
    from django.db.backends.postgresql.base import ServerBindingCursor

    class PreparingCursor(ServerBindingCursor):
        def execute(self, query, params=None, *, prepare=None, binary=None):
            # django-stubs give ServerBindingCursor Django's CursorMixin alone as a base, not
            # psycopg's Cursor (whose execute this is), so they find no execute above it.
            return super().execute(query, params, prepare=True, binary=binary)  # type: ignore[misc]

    return PreparingCursor


ENGINES = {"sqlite": Sqlite, "postgresql": Postgres}


def delete_where(**lookups) -> int:
    """Delete documents in one statement. QuerySet.delete() would first load every row (text
    included) because other apps listen to post_delete of all models; nothing listens for these."""
    qs = SearchDoc.objects.filter(**lookups)
    return qs._raw_delete(qs.db)


def get_engine() -> Engine:
    """The engine for the default database's vendor."""
    try:
        return ENGINES[connection.vendor]()
    except KeyError:
        raise RuntimeError(f"Search has no engine for {connection.vendor}") from None


def strip_marks(text: str) -> str:
    return _MARKS.sub("", text)
