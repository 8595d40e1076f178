"""Where a search's time goes, one query at a time: the CPU of each query of bench/search.py's
sets on its kept bench database, split by statement, sorted, and (with --against REV) the same
queries through the engine of another commit, run alternately, with their answers compared.

    .venv/bin/python bench/search_cost.py [--db sqlite|postgres] [--paragraphs 1000000] [--queries 100]
                                          [--top 8] [--against REV] [--rounds 2]

bench/search.py builds the database (this script only reads one that is current: same fingerprint).
One client, one thread: a query's CPU is this thread's (time.thread_time: Python and SQLite's work
in it), so the figures hold on a loaded machine far better than wall-clock ones. Each statement
the engine runs through Django's cursor is timed on its own and named by what it is (`probe`:
the match without the audience, counted; `set`: the match read as a set; `walk`: the match
walked newest first; `bm25`, `title`, `specific`, `page`: snippets and the page's documents);
`python` is the query's CPU outside them (Python: parsing, pair tokens, facets, hits, the
connection's own statements). Per kind it prints the mean, p50, p95 and max CPU, the mean of each
part, and the `--top` costliest queries with their parts and match counts; with
--connection-queries, the asks first on a new connection apart from the rest (a bench/search.py
thread's first queries, the tail of their kind).

On PostgreSQL (`--db postgres`) a query's CPU is this thread's plus its server backend's (read
from /proc/<pid>/schedstat before and after, in nanoseconds: the server runs on this machine),
and each statement's is split into client and server (`terms`: the query's lexemes and pairs;
`scan`: a window or the rest of the ids; `scan+rank`: all the matches, ranked; `rank`, `title`;
`page`: snippets and the page's documents); the backend's work after a statement has answered
(ending the transaction, statistics) falls in `python`.

With --against REV, `boardwork/search/engine.py` of that commit is loaded beside the current one
and every query is asked of both, old then new then new then old (--rounds pairs), on the same
connection; the hits (ids, in order, and scores), totals, capped flags and facets must be the same (a query
whose page differs is asked again of both for all its matches, up to the cap, to tell a ranking
that changed from matches that did), and the CPU per kind of each is printed with the ratio. A script printing figures, not a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import search as bench  # noqa: E402  (bench/search.py: the database, the query sets)

LABELS = (  # (a piece of the statement's SQL, its name): the first that matches names it
    # PostgreSQL's statements
    ("ts_headline(", "page"),
    ("tsvector_to_array(", "terms"),
    ("ts_rank_cd(d.tsv", "rank"),
    ("to_tsvector('english', d.heading)", "title"),
    ("WITH s AS MATERIALIZED", "scan+rank"),
    ("FROM search_pgindex d WHERE", "scan"),
    # SQLite's
    ("snippet(", "page"),
    ("NULL AS snip", "page"),
    ("d.pairs FROM search_searchdoc", "page"),
    ("CASE WHEN count(*) <", "probe"),
    ("d.tags", "probe rows"),
    ("WHERE d.id IN (SELECT rowid FROM search_fts", "set"),
    ("ORDER BY search_fts.rowid DESC", "walk"),
    ("bm25(", "bm25"),
    ("rowid BETWEEN", "title"),
    ("SELECT count(*) FROM (SELECT 1 FROM search_fts", "specific"),
)


def label(sql: str) -> str:
    for piece, name in LABELS:
        if piece in sql:
            return name
    return "other sql"


def server_cpu(pid: int | None) -> float:
    """CPU seconds of a PostgreSQL backend on this machine (its /proc schedstat: nanoseconds, not
    /proc stat's 10 ms ticks), 0 without one."""
    if pid is None:
        return 0.0
    with open(f"/proc/{pid}/schedstat") as f:
        return int(f.read().split()[0]) / 1e9


class Parts:
    """A Django execute wrapper: the thread CPU of each statement, by label, its rows' fetching
    included (SQLite steps a statement's later rows as they are fetched: bm25 and snippets are
    computed then); on PostgreSQL also the server backend's CPU of each (`server`: psycopg reads
    a statement's whole result in execute)."""

    def __init__(self, pid: int | None = None):
        self.cpu: dict[str, float] = defaultdict(float)
        self.server: dict[str, float] = defaultdict(float)
        self.count: dict[str, int] = defaultdict(int)
        self.minflt: dict[str, int] = defaultdict(int)  # page faults of each statement, its fetches too
        self.current = "other sql"
        self.pid = pid
        self.fresh = False  # asked first on a connection just opened (--connection-queries)

    def __call__(self, execute, sql, params, many, context):
        self.current = label(sql)
        self.count[self.current] += 1
        s0 = server_cpu(self.pid)
        f0 = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
        t0 = time.thread_time()
        try:
            return execute(sql, params, many, context)
        finally:
            self.cpu[self.current] += time.thread_time() - t0
            self.minflt[self.current] += resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - f0
            self.server[self.current] += server_cpu(self.pid) - s0


_NOW = threading.local()  # the Parts of this thread's query


def _timed_fetch(name):
    def fetch(self, *args):
        parts = getattr(_NOW, "parts", None)
        f0 = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
        t0 = time.thread_time()
        try:
            return getattr(self.cursor, name)(*args)
        finally:
            if parts:
                parts.cpu[parts.current] += time.thread_time() - t0
                parts.minflt[parts.current] += resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - f0

    return fetch


def _timed_iter(self):
    parts, rows = getattr(_NOW, "parts", None), iter(self.cursor)
    while True:
        t0 = time.thread_time()
        try:
            row = next(rows)
        except StopIteration:
            return
        finally:
            if parts:
                parts.cpu[parts.current] += time.thread_time() - t0
        yield row


def time_fetches() -> None:
    """Django's cursor wrapper with its fetches timed into the current query's Parts."""
    from django.db.backends.utils import CursorWrapper

    for name in ("fetchone", "fetchmany", "fetchall"):
        setattr(CursorWrapper, name, _timed_fetch(name))
    CursorWrapper.__iter__ = _timed_iter


def load_engine(rev: str):
    """engine.py of commit `rev`, as a module of the search package (its relative imports work)."""
    source = subprocess.run(
        ["git", "show", f"{rev}:boardwork/search/engine.py"],
        cwd=bench.ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader("boardwork.search.engine_against", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "boardwork.search"
    sys.modules[spec.name] = module
    exec(compile(source, f"{rev}:engine.py", "exec"), module.__dict__)
    return module


def answer(result) -> tuple:
    """What must not change: the page's ids in order with their scores, the total, capped, the
    facets."""
    facets = {k: dict(v) for k, v in (result.facets or {}).items()}
    return ([(h.doc.pk, h.score) for h in result.hits], result.total, result.capped, facets)


def snippets(result) -> dict:
    """Each hit's snippet and heading as shown (marked, escaped), by id."""
    return {h.doc.pk: (str(h.snippet), str(h.heading)) for h in result.hits}


def snippets_differ(item, marked: dict) -> bool:
    """Whether the old engine's and the new one's snippets differ for a document both pages hold
    (an example printed)."""
    both = marked["old"].keys() & marked["new"].keys()
    differ = [pk for pk in both if marked["old"][pk] != marked["new"][pk]]
    if differ:
        pk = differ[0]
        print(
            f"  ! {item}: {len(differ)} snippets differ, e.g. {pk}: {marked['old'][pk]!r} → {marked['new'][pk]!r}"
        )
    return bool(differ)


def all_matches(engine, item, scope) -> list[int]:
    """All of a query's matches (up to the cap), as one page, sorted by id: whether two engines
    whose pages differ found the same (ranked differently) or not."""
    from boardwork.search.engine import parse
    from boardwork.search.services import Filters, tag_groups

    q, board, year = item
    f = Filters(boards=[board] if board else [], year_from=year, year_to=year)
    _NOW.parts = None  # not timed: no part of the last ask
    r = engine.query(parse(q), tag_groups(scope, f), per_page=1000)
    return sorted(h.doc.pk for h in r.hits)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--paragraphs", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=100, help="queries of each kind")
    ap.add_argument("--top", type=int, default=8, help="costliest queries shown per kind")
    ap.add_argument("--against", metavar="REV", help="compare with engine.py of this commit, alternately")
    ap.add_argument("--rounds", type=int, default=2, help="old/new pairs per query with --against")
    ap.add_argument("--kinds", default="", help="only these kinds (comma-separated, by prefix)")
    ap.add_argument("--mmap", type=int, metavar="MB", help="PRAGMA mmap_size for the connection (SQLite)")
    ap.add_argument(
        "--connection-queries",
        type=int,
        metavar="N",
        help="a new connection every N queries asked (each engine's asks counted), opened and asked one "
        "untimed query first, as a bench/search.py thread's: with 8 clients a thread asks ~12 queries of "
        "a kind on its connection, and a connection's first touch of each page of its memory map is a "
        "page fault; by default one connection for the whole run",
    )
    a = ap.parse_args()

    target, gen = bench.replayed(a.db, a.paragraphs)
    bench.setup_django(target if a.db == "postgres" else f"sqlite:///{target}")
    import random

    from django.db import connection

    from boardwork.search.engine import get_engine, parse
    from boardwork.search.scope import Scope
    from boardwork.search.services import Filters, tag_groups

    time_fetches()
    engines = {"new": get_engine()}
    if a.against:
        old = load_engine(a.against)
        engines = {"old": old.get_engine(), "new": engines["new"]}
    scope = Scope(roles={b: "member" for b in bench.MEMBER_BOARDS})
    sets = bench.query_sets(gen, a.queries, random.Random(7))
    if a.kinds:
        wanted = [k.strip() for k in a.kinds.split(",")]
        sets = {k: v for k, v in sets.items() if any(k.startswith(w) for w in wanted)}
    import os

    backend: list[int | None] = [None]

    asked = [0]

    def ask(engine, item):
        fresh = False  # the first ask on a connection just opened (and warmed by one untimed query)
        if a.connection_queries and asked[0] and asked[0] % a.connection_queries == 0:
            connection.close()
            reconnect()
            fresh = True
        asked[0] += 1
        q, board, year = item
        f = Filters(boards=[board] if board else [], year_from=year, year_to=year)
        parts = Parts(backend[0])
        _NOW.parts = parts
        with connection.execute_wrapper(parts):
            faults = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
            s0 = server_cpu(backend[0])
            t0 = time.thread_time()
            r = engine.query(parse(q), tag_groups(scope, f), per_page=20)
            cpu = time.thread_time() - t0
            # The backend's CPU too (PostgreSQL): a query's cost is both sides'.
            cpu += server_cpu(backend[0]) - s0
            parts.faults = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - faults
        parts.fresh = fresh
        return r, cpu, parts

    def reconnect():
        # The search's own reader too (search/reader.py: one per thread, outside Django's connection).
        from boardwork.search import reader

        reader.close()
        connection.ensure_connection()
        if a.mmap is not None:
            with connection.cursor() as cur:
                cur.execute(f"PRAGMA mmap_size = {a.mmap * 2**20}")
        engines["new"].query(parse("warmup"), tag_groups(scope, Filters()), per_page=20)

    ask(engines["new"], ("warmup", None, None))
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("SELECT pg_backend_pid()")
            backend[0] = cur.fetchone()[0]
    # As the web processes and bench/search.py's query processes do: what generating the words
    # left is frozen, so the collector's full passes do not land in some query's CPU.
    from boardwork.papers.server_warmup import calm_collector

    calm_collector()
    if a.mmap is not None:
        with connection.cursor() as cur:
            cur.execute(f"PRAGMA mmap_size = {a.mmap * 2**20}")
    print(f"{target}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; one client")
    mismatches = reordered = snippet_differences = 0
    for kind, items in sets.items():
        cpu = {name: [] for name in engines}
        faults = {name: [] for name in engines}
        last = {}  # query → (cpu, query, parts, total, capped) of the new engine, its last round
        last_parts: dict = {}  # query → its Parts, the same round
        first = {name: [] for name in engines}  # the CPU of each engine's asks that came first
        fresh = {name: ([], []) for name in engines}  # (CPU, faults) of asks first on a connection
        for i, item in enumerate(items):
            seen, marked = {}, {}
            for k in range(a.rounds if a.against else 1):
                # old, new, new, old for one query, new, old, old, new for the next: the first
                # ask of a query meets the coldest cache (a rare word's vectors, read to rank,
                # may not be in memory), so each engine is first for half the queries.
                order = list(engines.items())
                for j, (name, engine) in enumerate(order if (k + i) % 2 == 0 else order[::-1]):
                    r, c, timed = ask(engine, item)
                    parts = {k: v + timed.server.get(k, 0.0) for k, v in timed.cpu.items()}
                    faults[name].append(timed.faults)
                    cpu[name].append(c)
                    if timed.fresh:
                        fresh[name][0].append(c)
                        fresh[name][1].append(timed.faults)
                    if k == 0 and j == 0:
                        first[name].append(c)
                    if name in seen and seen[name] != answer(r):
                        print(f"  ! {name} answered {item[0]!r} differently between rounds")
                    seen[name] = answer(r)
                    marked[name] = snippets(r)
                    if name == "new":
                        last[item] = (c, item, dict(parts), r.total, r.capped)
                        last_parts[item] = timed
            if a.against:
                snippet_differences += snippets_differ(item, marked)
            if a.against and seen["old"] != seen["new"]:
                o, n = seen["old"], seen["new"]
                same = o[1:] == n[1:] and all_matches(engines["old"], item, scope) == all_matches(
                    engines["new"], item, scope
                )
                reordered, mismatches = reordered + same, mismatches + (not same)
                what = "the same matches, ranked differently" if same else "different answers"
                print(
                    f"  ! {item} ({what}): old {o[1]}{'+' if o[2] else ''} hits {o[0][:5]}…, new {n[1]}{'+' if n[2] else ''} {n[0][:5]}…"
                )
        new, rows = cpu["new"], list(last.values())
        ms = [c * 1000 for c in new]
        print(
            f"\n{kind}: {len(items)} queries, CPU per query mean {statistics.mean(ms):.2f} ms, "
            f"p50 {bench.pct(ms, 50):.2f}, p95 {bench.pct(ms, 95):.2f}, max {max(ms):.2f}; "
            f"page faults per query {statistics.mean(faults['new']):.0f}"
        )
        if fresh["new"][0]:
            # A bench/search.py thread's first queries are on a connection that has mapped
            # nothing yet (and, there, in a process just forked): the kind's tail.
            n_fresh = len(fresh["new"][0])
            print(
                f"  first ask on a connection ({n_fresh}): CPU {statistics.mean(fresh['new'][0]) * 1000:.2f} ms, "
                f"faults {statistics.mean(fresh['new'][1]):.0f}; the rest ({len(new) - n_fresh}): CPU "
                f"{(sum(new) - sum(fresh['new'][0])) / max(1, len(new) - n_fresh) * 1000:.2f} ms, faults "
                f"{(sum(faults['new']) - sum(fresh['new'][1])) / max(1, len(new) - n_fresh):.0f}"
            )
        if a.against:
            o = statistics.mean(cpu["old"]) * 1000
            n = statistics.mean(new) * 1000
            print(
                f"  old {o:.2f} ms → new {n:.2f} ms ({n / o:.2f}×); p95 {bench.pct([c * 1000 for c in cpu['old']], 95):.2f} → {bench.pct(ms, 95):.2f}"
            )
            fo, fn = (statistics.mean(first[k]) * 1000 if first[k] else 0.0 for k in ("old", "new"))
            print(f"  first ask of a query (cold): old {fo:.2f} ms → new {fn:.2f} ms")
        totals = defaultdict(float)
        for c, _, parts, _, _ in rows:
            for k, v in parts.items():
                totals[k] += v
            totals["python"] += c - sum(parts.values())
        print(
            "  mean by part: "
            + ", ".join(
                f"{k} {v / len(rows) * 1000:.2f}" for k, v in sorted(totals.items(), key=lambda kv: -kv[1])
            )
        )
        n_q = max(1, len(last_parts))
        minflt: dict[str, int] = defaultdict(int)
        for timed in last_parts.values():
            for k, v in timed.minflt.items():
                minflt[k] += v
        print(
            "  page faults by part: "
            + ", ".join(f"{k} {v / n_q:.0f}" for k, v in sorted(minflt.items(), key=lambda kv: -kv[1]))
        )
        if backend[0] is not None:
            # The new engine's last round of each query, split: client (Python, psycopg) and
            # server CPU per part, and statements per query.
            client, server, count = defaultdict(float), defaultdict(float), defaultdict(int)
            for timed in last_parts.values():
                for k, v in timed.cpu.items():
                    client[k] += v
                    server[k] += timed.server.get(k, 0.0)
                    count[k] += timed.count.get(k, 0)
            n_q = max(1, len(last_parts))
            print(
                "  client / server ms (statements) per query: "
                + ", ".join(
                    f"{k} {client[k] / n_q * 1000:.2f} / {server[k] / n_q * 1000:.2f} ({count[k] / n_q:.1f})"
                    for k in sorted(client, key=lambda k: -(client[k] + server[k]))
                )
            )
        for c, item, parts, total, capped in sorted(rows, key=lambda r: -r[0])[: a.top]:
            rest = c - sum(parts.values())
            shown = ", ".join(
                f"{k} {v * 1000:.1f}" for k, v in sorted(parts.items(), key=lambda kv: -kv[1]) if v >= 0.0001
            )
            q, board, year = item
            what = q + (f" board {board} year {year}" if board else "")
            print(
                f"  {c * 1000:6.2f} ms  {what[:40]:<40} {total:>5}{'+' if capped else ' '}  {shown}, python {rest * 1000:.1f}"
            )
    if a.against:
        print(
            f"\nanswers: {'all the same' if not mismatches else f'{mismatches} queries differ'}"
            + (
                f"; {reordered} queries find the same matches (totals, facets) ranked differently"
                if reordered
                else ""
            )
            + f"; snippets: {'all the same' if not snippet_differences else f'differ in {snippet_differences} queries'}"
        )
    connection.close()


if __name__ == "__main__":
    main()
