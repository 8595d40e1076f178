"""Search speed at archive scale: 1,000,000 paragraphs across 40 boards and 20 years, on SQLite (FTS5)
and PostgreSQL (tsvector + GIN), queried by 8 concurrent clients beside a primary-key lookup.

    .venv/bin/python bench/search.py [--db sqlite|postgres|both] [--paragraphs 1000000]
                                     [--clients 8] [--processes 1] [--queries 100] [--rebuild] [--drop]
                                     [--switch-interval MS] [--detail] [--cold] [--engine-at REV]
                                     [--per-query FILE]

What it does, per database:
1. keeps one bench database per size (SQLite: `bw-search-bench-<n>.sqlite3` in the temporary
   folder; PostgreSQL: `bw_search_bench_<n>` on 127.0.0.1:5432, user postgres, or the name in
   BENCH_PG_DATABASE), with a fingerprint
   of what it was made from (the number of paragraphs, the corpus, the generator's code and the
   search app's migrations): a database whose fingerprint is the current one is reused, any other
   is dropped and built again (`--rebuild` always builds, `--drop` drops it afterwards);
2. builds it by migrating a new database, then generating the paragraphs from the papers in
   ../shared/corpus/ and tests/data/ as pinned in bench/search-sources.txt (see SOURCES below): whole sentences sampled from them, a fifth of their words
   replaced by words drawn with the corpus's own word frequencies, and about 1 word in 40 a
   proper-noun-like rare word from a Zipf-distributed list of 200,000 (real archives are full of
   names, places and numbers that occur a handful of times) — the same seed draws the same rows;
3. writes them straight into the index table (search_searchdoc) in bulk — Django objects for 1M
   rows would take too long — with its indexes dropped (SQLite: executemany in one transaction,
   the journal off, each row with its pair tokens made from its sentences' FTS5 tokens;
   PostgreSQL: COPY from two connections at once into an unlogged table), then
   makes the indexes again (FTS5 'rebuild' and 'optimize'; PostgreSQL CREATE INDEX … USING gin,
   VACUUM ANALYZE), ends as `boardwork reindex` does (Engine.warm: PostgreSQL reads search_pgindex
   into shared buffers) and prints each step's time and the sizes (stored, and printed again on reuse);
4. runs each kind of query — rare words, common words, quoted phrases, a common word filtered by
   board and year, phrases whose words are joined through stop words — through the same engine
   call the web page makes (ranked page of 20 with snippets, total counted up to 1,000, facet
   counts), each query text used once (no query is answered from a cache), from `--clients` threads (in one process, or spread over `--processes`
   forked processes as gunicorn.conf.py serves the app: one per core, threads in each), each
   thread having first asked one untimed query on its connection (a web worker's thread keeps its
   connection for CONN_MAX_AGE; `--cold` times the opening instead): a corpus word none of the
   sets asks, with matches, so the page's statement is prepared too (`--warm-without-matches`:
   "warmup", as before 2026-12-06); and a primary-key lookup of
   random rows in the same way; prints p50/p95/max per kind and its ratio to the key lookup's
   p95. `--detail` adds where each kind's wall time went: the thread's CPU, its wait for a core
   (run queue, from /proc), the rest (blocked: the GIL held by another thread, locks, I/O), page
   faults and context switches, with the queries first on their connection apart. `--per-query
   FILE` adds a CSV row per query to FILE (its kind and words, wall time, the client thread's CPU
   and wait for a core, its PostgreSQL backend's CPU and wait, each kind of statement's wall time
   and backend CPU, its place among its thread's queries, when it started): which queries make a
   kind's tail, and whether they are the same with 1 client as with 8.

The searcher is a member of 3 boards (published papers of all 40 plus those 3 boards' papers).
Searches take turns as in the server (BOARDWORK_SEARCH_CONCURRENCY a process, its default per
database; printed before the queries): set it to compare limits on the same database.
"cpu ms" is the CPU time per query of this process (Python, and SQLite's work) plus, on PostgreSQL,
of the server backends that answered (read from /proc: the server runs on this machine). On a
shared machine wall-clock percentiles also measure everyone else's load, printed before the
queries. A script printing figures, not a test. Goal: p95 ≤ 50 ms at 1M paragraphs, counts
included.

Every run prints what its queries start from ("before the queries"): whether it is the first run
after the build, in the process that built the database, or a run on a database kept from before;
how much file data the machine has not yet written back (/proc/meminfo: a build leaves 0.6 GB on
SQLite, 2.3 GB on PostgreSQL, which the kernel writes within about 30 s, in about a second); and
on PostgreSQL what its shared buffers hold. The first run after a build is a run like the others,
reported as such (its last line says so), not left out: on SQLite nothing measured set it apart
(no reads from disk, and syncing the build's writes first changed nothing); on PostgreSQL the
build's last writes, the vectors' TOAST pages, filled shared buffers, and the first queries read
search_pgindex in (rare words 205 blocks a query against 140) until the build, as `boardwork
reindex` does, ended by warming them (ADR 0008, nineteenth round).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import inspect
import os
import random
import re
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

# BENCH_PG_SERVER names another server (one started with other settings, to compare them).
PG_SERVER = os.environ.get("BENCH_PG_SERVER") or "postgres://postgres@127.0.0.1:5432"
PG_ADMIN = f"{PG_SERVER}/postgres"
BOARDS, YEARS, FIRST_YEAR = 40, 20, 2006
PAPER_KINDS = ["end_of_year", "work_plan", "performance", "minutes", "other"]
STOP = set(
    "a an and are as at be been by for from had has have in is it its of on or that the their this to was "
    "were which will with we our they not but also all any can more other such these those who than into "
    "he she his her them there would should could may been being i".split()
)


# -- corpus -----------------------------------------------------------------------------------------


# The bench draws its words from a pinned list of files, not from whatever tests/data holds today:
# every corpus round adds papers there, and when the bench followed them its "rare" words grew common
# (20 of 100 had over 1,000 matches by 2026-12-03), so one stop's figures could not be set beside
# the last's. The project's files are pinned by their git blob ids and read from the repository's
# history, so later edits (the corpus's append-only notes grow every round) change nothing; the
# read-only ../shared/ files by their sha256. `--pin-sources` writes the list again, on purpose,
# when a new baseline is wanted.
SOURCES = Path(__file__).with_name("search-sources.txt")


def _source_paths() -> list[Path]:
    return sorted(
        p
        for base in (SHARED / "corpus", ROOT / "tests" / "data")
        for p in base.rglob("*")
        if p.suffix in (".txt", ".md", ".html") and p.is_file()
    )


def _source_name(p: Path) -> str:
    return str(p.relative_to(SHARED.parent if p.is_relative_to(SHARED) else ROOT))


def _git(*args: str, data: bytes | None = None) -> bytes:
    return subprocess.run(["git", "-C", str(ROOT), *args], input=data, capture_output=True, check=True).stdout


def pin_sources() -> None:
    # Sorted by name, not by full path: the same list wherever the checkout is. A project file must
    # be committed as it is (its blob is what later runs read).
    lines = []
    for name, p in sorted((_source_name(p), p) for p in _source_paths()):
        if name.startswith("shared/"):
            lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {name}")
        else:
            blob = _git("hash-object", str(p)).decode().strip()
            if _git("cat-file", "-t", blob).strip() != b"blob":  # pragma: no cover - a message
                sys.exit(f"{name} is not committed as it is; commit it before pinning")
            lines.append(f"git:{blob}  {name}")
    SOURCES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"pinned {len(lines)} source files in {SOURCES.relative_to(ROOT)}")


def _read_blobs(blobs: list[str]) -> dict[str, bytes]:
    """The blobs' contents from the repository, in one `git cat-file --batch`."""
    out = _git("cat-file", "--batch", data="".join(b + "\n" for b in blobs).encode())
    found, at = {}, 0
    for blob in blobs:
        head_end = out.index(b"\n", at)
        head = out[at:head_end].split()
        if len(head) != 3:
            sys.exit(f"bench source blob {blob} is not in this repository (a shallow clone?)")
        size = int(head[2])
        found[blob] = out[head_end + 1 : head_end + 1 + size]
        at = head_end + 1 + size + 1
    return found


def corpus_texts() -> list[str]:
    entries = [line.split("  ", 1) for line in SOURCES.read_text(encoding="utf-8").splitlines()]
    blobs = _read_blobs([d[4:] for d, _ in entries if d.startswith("git:")])
    texts = []
    for digest, name in entries:
        if digest.startswith("git:"):
            data = blobs[digest[4:]]
        else:
            p = SHARED.parent / name
            data = p.read_bytes() if p.is_file() else b""
            if hashlib.sha256(data).hexdigest() != digest:
                sys.exit(
                    f"bench source {name} is missing or changed since it was pinned; restore it, or pin "
                    "the sources again with --pin-sources (a new baseline: earlier figures no longer compare)"
                )
        text = data.decode("utf-8", errors="replace")
        if name.endswith(".html"):
            text = re.sub(r"<[^>]+>", " ", text)
        texts.append(text)
    return texts


def load_corpus():
    sentences, freq = [], Counter()
    for text in corpus_texts():
        for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", text):
            words = re.findall(r"[A-Za-z][A-Za-z'’-]*|\d+", s)
            if 4 <= len(words) <= 60:
                sentences.append(words)
                freq.update(w.lower() for w in words)
    return sentences, freq


def rare_words(n: int, rng: random.Random) -> list[str]:
    syll = [
        "ab",
        "bar",
        "ton",
        "ley",
        "ham",
        "ford",
        "wick",
        "by",
        "mere",
        "stow",
        "den",
        "ing",
        "ock",
        "ash",
    ]
    out, seen = [], set()
    while len(out) < n:
        w = "".join(rng.choice(syll) for _ in range(rng.randint(2, 4))).capitalize()
        w += rng.choice(["", "", "shire", "gate", str(rng.randint(2, 99))])
        if w.lower() not in seen:
            seen.add(w.lower())
            out.append(w)
    return out


class Generator:
    def __init__(self, seed=14):
        self.rng = random.Random(seed)
        self.sentences, self.freq = load_corpus()
        self.vocab = list(self.freq)
        weights = [self.freq[w] for w in self.vocab]
        total, acc = 0, []
        for w in weights:
            total += w
            acc.append(total)
        self.cum = acc
        self.tail = rare_words(200_000, self.rng)
        # Zipf over the rare words: the k-th is drawn with weight 1/k.
        acc, total = [], 0.0
        for k in range(1, len(self.tail) + 1):
            total += 1.0 / k
            acc.append(total)
        self.tail_cum = acc
        self.tail_counts: Counter = Counter()

    def _draws(self):
        # Words drawn in batches of 100,000 (random.choices per word would dominate the run).
        while True:
            vocab = self.rng.choices(self.vocab, cum_weights=self.cum, k=100_000)
            tail = self.rng.choices(self.tail, cum_weights=self.tail_cum, k=100_000)
            yield from zip(vocab, tail, strict=True)

    def make_pool(self, size: int) -> None:
        """`size` sentences from the corpus, each with words replaced as the module says.
        Paragraphs are then 1–4 of them: ~size⁴ different paragraphs, generated fast."""
        rng, it, rand = self.rng, self._draws(), self.rng.random
        pool, counts = [], []
        for _ in range(size):
            out, rare = [], []
            for w in rng.choice(self.sentences):
                r = rand()
                if r < 0.225:
                    common, tail = next(it)
                    if r < 0.2:
                        w = common
                    else:
                        w = tail
                        rare.append(tail)
                out.append(w)
            pool.append(" ".join(out) + ".")
            counts.append(rare)
        self.pool, self.pool_rare = pool, counts

    def paragraph(self) -> str:
        picks = [self.rng.randrange(len(self.pool)) for _ in range(self.rng.randint(1, 4))]
        for i in picks:
            for w in self.pool_rare[i]:
                self.tail_counts[w] += 1
        self.picks = picks
        return " ".join(self.pool[i] for i in picks)

    def tokenize_pool(self, raw) -> None:
        """SQLite: each pool sentence's FTS5 tokens (engine.fts_tokens), so that a paragraph's pair
        tokens are its sentences' pairs and the pairs across their joins, in order, as
        engine.fts_pairs would make them from the whole paragraph — without tokenizing 1M
        paragraphs again."""
        from boardwork.search.engine import fts_tokens, pair_run

        self.pool_pairs, self.pool_ends = [], []
        for i in range(0, len(self.pool), 20_000):
            for tokens in fts_tokens(raw, self.pool[i : i + 20_000]):
                self.pool_pairs.append(pair_run(tokens))
                self.pool_ends.append((tokens[0], tokens[-1]) if tokens else None)

    def pairs(self) -> str:
        """The last paragraph's `pairs` column (see tokenize_pool; a paragraph has no heading)."""
        from boardwork.search.engine import PAIR_BREAK, pair_token

        out: list[str] = []
        last = None  # the last token of the sentences so far
        for i in self.picks:
            if not self.pool_ends[i]:
                continue
            first, end = self.pool_ends[i]
            if last is not None:
                out.append(pair_token(last, first) or PAIR_BREAK)
            out += self.pool_pairs[i]
            last = end
        return " ".join(out)


# -- the database -----------------------------------------------------------------------------------


def setup_django(url: str):
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boardwork.settings")
    os.environ.setdefault("TASKS_IMMEDIATE", "1")
    # As served: with DEBUG on, Django's debug cursor logs every query and, on SQLite, asks the
    # database to quote each parameter for that log — measured as if it were search.
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def rows(gen: Generator, n: int, batch: int, pairs: bool = False):
    """Index rows in id order: papers of 50 blocks, each paper of one board and year; with the
    pair tokens SQLite stores (after gen.tokenize_pool), else none, as PostgreSQL stores."""
    rng = gen.rng
    out = []
    for i in range(1, n + 1):
        paper = (i - 1) // 50 + 1
        if (i - 1) % 50 == 0:
            board = rng.randint(1, BOARDS)
            year = FIRST_YEAR + rng.randrange(YEARS)
            kind = rng.choice(PAPER_KINDS)
            published = rng.random() < 0.3
            tags = (
                f"ztparagraph zb{board} zc{board * 100 + year - FIRST_YEAR} zy{year} zby{board}y{year} "
                f"zk{kind.replace('_', '')} "
                f"zvall zvp{board}" + (" zvpublic" if published else "")
            )
            date = f"{year}-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d}"
        out.append(
            (
                i,
                f"paragraph:{paper}:{(i - 1) % 50}",
                "paragraph",
                paper,
                0,
                board,
                board * 100 + year - FIRST_YEAR,
                paper,
                (i - 1) % 50,
                date,
                year,
                kind,
                "",
                published,
                f"Paper {paper}",
                f"Board {board}, {year}/{(year + 1) % 100:02d}",
                f"/search/papers/{paper}/#block-{(i - 1) % 50}",
                "",
                gen.paragraph(),
                tags,
                gen.pairs() if pairs else "",
            )
        )
        if len(out) >= batch:
            yield out
            out = []
    if out:
        yield out


COLUMNS = (
    "id, key, kind, object_id, version, board_id, cycle_id, paper_id, block, date, year, paper_kind, review, "
    "published, title, context, url, heading, body, tags, pairs"
)


def fingerprint(n: int) -> str:
    """What a bench database is made from: the number of paragraphs, the corpus, the code that
    draws the rows and the search app's migrations (its index). A database whose stored
    fingerprint differs is stale: its paragraphs are not the ones the query words are drawn from,
    or its index is not the one the app now makes."""
    h = hashlib.sha256(f"{n}:{BOARDS}:{YEARS}:{FIRST_YEAR}".encode())
    for text in corpus_texts():
        h.update(text.encode())
    for part in (load_corpus, rare_words, Generator, rows):
        h.update(inspect.getsource(part).encode())
    for path in sorted((ROOT / "boardwork" / "search" / "migrations").glob("0*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:20]


META = "bench_search_meta"  # one row in the bench database: its fingerprint and build figures


def stored_build(db: str, target: str) -> dict | None:
    """The build figures stored in the bench database (None: there is no such database, or it was
    not finished)."""
    import json

    if db == "sqlite":
        import sqlite3

        if not Path(target).exists():
            return None
        con = sqlite3.connect(target)
        try:
            row = con.execute(f"SELECT build FROM {META}").fetchone()
        except sqlite3.Error:
            row = None
        finally:
            con.close()
    else:
        import psycopg

        try:
            with psycopg.connect(target) as con:
                row = con.execute(f"SELECT build FROM {META}").fetchone()
        except psycopg.Error:
            row = None
    return json.loads(row[0]) if row else None


def store_build(cur, build: dict) -> None:
    import json

    cur.execute(f"CREATE TABLE {META} (build text)")
    placeholder = "?" if build["db"] == "sqlite" else "%s"  # sqlite3's and psycopg's
    cur.execute(f"INSERT INTO {META} VALUES ({placeholder})", [json.dumps(build)])


def fill_sqlite(gen, n, path: Path):
    """Rows in one transaction with executemany, the secondary indexes and the FTS5 index made
    after the load (the triggers would tokenize each row as it came, into many small segments);
    the journal off meanwhile (a failed build is built again: the fingerprint is stored last)."""
    import sqlite3

    mig = importlib.import_module("boardwork.search.migrations.0006_sqlite_phrase_pairs")
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA cache_size = -262144")  # 256 MB for the index builds
    for sql in mig.SQLITE_DOWN:
        con.execute(sql)
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'search_searchdoc' "
        "AND sql IS NOT NULL"
    ).fetchall()
    for name, _ in indexes:
        con.execute(f'DROP INDEX "{name}"')
    t0 = time.perf_counter()
    gen.tokenize_pool(con.cursor())
    ph = ", ".join(["?"] * 21)
    con.execute("BEGIN")
    for chunk in rows(gen, n, 20_000, pairs=True):
        con.executemany(f"INSERT INTO search_searchdoc ({COLUMNS}) VALUES ({ph})", chunk)
    con.execute("COMMIT")
    t_rows = time.perf_counter() - t0
    t0 = time.perf_counter()
    con.execute("BEGIN")
    for _, sql in indexes:
        con.execute(sql)
    t_btree = time.perf_counter() - t0
    t0 = time.perf_counter()
    for sql in mig.SQLITE_UP:  # the FTS5 table, its triggers, 'rebuild' and 'optimize'
        con.execute(sql)
    con.execute("COMMIT")
    t_index = time.perf_counter() - t0
    con.execute("ANALYZE")
    sizes = {}
    try:
        for name, size in con.execute(
            "SELECT name, SUM(pgsize) FROM dbstat WHERE name LIKE 'search_%' GROUP BY name ORDER BY 2 DESC"
        ):
            sizes[name] = size
    except sqlite3.Error:  # dbstat is an optional SQLite extension
        pass
    con.execute("PRAGMA journal_mode = WAL")  # as the app runs it (settings.py)
    build = {
        "db": "sqlite",
        "rows": t_rows,
        "btree": t_btree,
        "index": t_index,
        "text": sizes.get("search_searchdoc"),
        "fulltext": sum(v for k, v in sizes.items() if k.startswith("search_fts")) or None,
        "file": path.stat().st_size,
    }
    return build, con


def fill_postgres(gen, n, url: str, writers: int = 2):
    """Rows by COPY from `writers` connections at once into unlogged tables (queries read them as
    any other; the WAL of a rebuildable bench database would only cost time), their indexes other
    than the keys' made after the load. The narrow table the engine searches (`search_pgindex`,
    migration 0007: kept in step by statement triggers) is filled after the COPY by one
    INSERT … SELECT per writer over its share of the ids, the triggers off meanwhile: the vector
    (words, pairs, tags) is computed by the backend that runs each part, one core each."""
    import queue

    import psycopg

    # The rows as the triggers write them (the vector, and since migration 0012 its ranking words).
    mig = importlib.import_module("boardwork.search.migrations.0012_pg_rank_words")
    admin = psycopg.connect(url, autocommit=True)
    tables = ["search_searchdoc", "search_pgindex"]
    indexes = admin.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) AND indexname NOT IN "
        "(SELECT conname FROM pg_constraint WHERE conrelid = ANY(%s::regclass[]))",
        [tables, tables],
    ).fetchall()
    for name, _ in indexes:
        admin.execute(f'DROP INDEX "{name}"')
    for table in tables:
        admin.execute(f"ALTER TABLE {table} SET UNLOGGED")
    admin.execute("ALTER TABLE search_searchdoc DISABLE TRIGGER USER")
    chunks: queue.Queue = queue.Queue(maxsize=2 * writers)
    failed: list[BaseException] = []

    def writer():
        try:
            with psycopg.connect(url) as con, con.cursor() as cur:
                while (chunk := chunks.get()) is not None:
                    with cur.copy(f"COPY search_searchdoc ({COLUMNS}) FROM STDIN") as copy:
                        for r in chunk:
                            copy.write_row(r)
                    con.commit()
        except BaseException as e:  # noqa: BLE001 - reported by the main thread
            failed.append(e)
            while chunks.get() is not None:  # let the producer finish
                pass

    def vectors(part: int):
        try:
            with psycopg.connect(url, autocommit=True) as con:
                source = f"search_searchdoc WHERE id % {writers} = {part}"
                con.execute(f"INSERT INTO search_pgindex {mig.SELECT_ROWS.format(source=source)}")
        except BaseException as e:  # noqa: BLE001 - reported by the main thread
            failed.append(e)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=writer) for _ in range(writers)]
    for t in threads:
        t.start()
    for chunk in rows(gen, n, 5_000):
        chunks.put(chunk)
    for _ in threads:
        chunks.put(None)
    for t in threads:
        t.join()
    if failed:
        raise failed[0]
    t_copy = time.perf_counter() - t0
    threads = [threading.Thread(target=vectors, args=(k,)) for k in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failed:
        raise failed[0]
    admin.execute("ALTER TABLE search_searchdoc ENABLE TRIGGER USER")
    t_rows = time.perf_counter() - t0
    t0 = time.perf_counter()
    admin.execute("SET maintenance_work_mem = '1GB'")
    gin = [(name, sql) for name, sql in indexes if "USING gin" in sql]
    for _, sql in indexes:
        if (_, sql) not in gin:
            admin.execute(sql)
    t_btree = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _, sql in gin:
        admin.execute(sql)
    t_index = time.perf_counter() - t0
    admin.execute("SELECT setval(pg_get_serial_sequence('search_searchdoc', 'id'), %s)", [n])
    t0 = time.perf_counter()
    for table in tables:
        admin.execute(f"VACUUM ANALYZE {table}")  # hint bits, visibility map, statistics
    t_vacuum = time.perf_counter() - t0
    table, gin_size, total, narrow, narrow_all = admin.execute(
        "SELECT pg_table_size('search_searchdoc'), pg_relation_size('search_pgindex_tsv'), "
        "pg_total_relation_size('search_searchdoc') + pg_total_relation_size('search_pgindex'), "
        "pg_relation_size('search_pgindex'), pg_table_size('search_pgindex')"
    ).fetchone()
    build = {
        "db": "postgres",
        "copy": t_copy,
        "rows": t_rows,
        "btree": t_btree,
        "index": t_index,
        "vacuum": t_vacuum,
        "text": table,
        "fulltext": gin_size,
        "file": total,
        "narrow": narrow,  # the heap a query's candidates are read from
        "narrow_toast": narrow_all - narrow,  # their vectors, out of line
    }
    return build, admin


def build_database(db: str, gen, n: int, target: str, fingerprint: str) -> dict:
    """A new bench database at `target` (an SQLite file, a PostgreSQL URL), migrated and filled;
    its fingerprint and build figures stored last, so an interrupted build is not reused."""
    t0 = time.perf_counter()
    if db == "sqlite":
        Path(target).unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(target + suffix).unlink(missing_ok=True)
        url = f"sqlite:///{target}"
    else:
        import psycopg

        name = target.rsplit("/", 1)[1]
        with psycopg.connect(PG_ADMIN, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            c.execute(f'CREATE DATABASE "{name}"')
        url = target
    setup_django(url)
    from django.db import connections

    t_migrate = time.perf_counter() - t0
    connections.close_all()
    if db == "sqlite":
        build, con = fill_sqlite(gen, n, Path(target))
        cur = con.cursor()
        store_build(cur, build | {"migrate": t_migrate, "fingerprint": fingerprint, "at": time.time()})
        con.close()
    else:
        build, con = fill_postgres(gen, n, url)
        with con.cursor() as cur:
            store_build(cur, build | {"migrate": t_migrate, "fingerprint": fingerprint, "at": time.time()})
        con.close()
    build["migrate"] = t_migrate
    # As `boardwork reindex` ends (services.reindex): what every search reads brought into the
    # database's cache (PostgreSQL: search_pgindex into shared buffers, which the build left
    # holding the vectors' TOAST pages; SQLite: nothing). Not stored: printed for this build.
    from boardwork.search.engine import get_engine

    t0 = time.perf_counter()
    get_engine().warm()
    build["warm"] = time.perf_counter() - t0
    connections.close_all()
    return build


# -- queries ----------------------------------------------------------------------------------------


def replayed(db: str, n: int) -> tuple[str, Generator]:
    """For the scripts that query a bench database built by this one (search_cost.py,
    search_plans.py): the database's target, checked current, and a generator that has replayed
    the build's draws (the same seed), so its query words are this script's."""
    target = bench_target(db, n)
    stored = stored_build(db, target)
    if not stored or stored.get("fingerprint") != fingerprint(n):
        sys.exit(f"{target} is missing or stale: build it with bench/search.py --db {db} first")
    gen = Generator()
    gen.make_pool(min(250_000, max(5_000, n // 4)))
    for _ in rows(gen, n, 20_000):
        pass
    return target, gen


def query_sets(gen: Generator, per: int, rng: random.Random) -> dict[str, list]:
    common = [w for w, _ in gen.freq.most_common(400) if w not in STOP and len(w) > 3 and w.isalpha()]
    tail = [w for w, c in gen.tail_counts.items() if 3 <= c <= 200]
    rng.shuffle(tail)
    corpus_rare = [w for w, c in gen.freq.items() if c <= 2 and w.isalpha() and len(w) > 4]
    rng.shuffle(corpus_rare)
    rare = (tail[: per // 2] + corpus_rare[: per - per // 2])[:per]
    bigrams = set()
    for s in gen.sentences:
        for a, b in zip(s, s[1:], strict=False):
            if a.lower() not in STOP and b.lower() not in STOP and a.isalpha() and b.isalpha():
                bigrams.add(f'"{a} {b}"')
    phrases = sorted(bigrams)
    rng.shuffle(phrases)
    # Two words with one to three stop words between them, as board names and titles are made
    # ("Police and Crime Panel"): a handful named, the rest drawn from the sentences.
    through = set()
    for s in gen.sentences:
        for i in range(len(s) - 2):
            j = i + 1
            while j < len(s) and j - i <= 4 and s[j].lower() in STOP:
                j += 1
            if (
                2 <= j - i <= 4
                and j < len(s)
                and s[i].lower() not in STOP
                and s[i].isalpha()
                and s[j].isalpha()
            ):
                through.add('"' + " ".join(s[i : j + 1]) + '"')
    drawn = sorted(through)
    named = [
        '"working between fire"',
        '"state of the art"',
        '"Safer and Stronger Communities"',
        '"Police and Crime Panel"',
        '"Fire and Rescue"',
        '"Health and Wellbeing Board"',
        '"Children and Young People"',
        '"Chief Officer of the Board"',
    ]
    filtered = []
    used = set()
    while len(filtered) < per:
        w, b, y = rng.choice(common), rng.choice(MEMBER_BOARDS), FIRST_YEAR + rng.randrange(YEARS)
        if (w, b, y) not in used:
            used.add((w, b, y))
            filtered.append((w, b, y))
    rng.shuffle(drawn)  # after the other kinds' draws, which stay what they were
    return {
        "rare word": [(w, None, None) for w in rare],
        "common word": [(w, None, None) for w in (common * 2)[:per]],
        "phrase": [(p, None, None) for p in phrases[:per]],
        "common word + board + year": filtered,
        "phrase through stop words": [(p, None, None) for p in (named + drawn)[:per]],
    }


MEMBER_BOARDS = (3, 17, 29)


WARM_WITH_MATCHES = True  # --warm-without-matches: the untimed first query "warmup", as before
SWITCH_INTERVAL: float | None = None  # --switch-interval, in seconds (None: Python's default)
ENGINE_AT: str | None = None  # --engine-at: the engine of this commit


def engine_at(rev: str):
    """The engine of commit `rev` (its boardwork/search/engine.py, loaded beside the current one as
    a module of the search package, as search_cost.py --against loads it) for this database."""
    import importlib.util

    source = _git("show", f"{rev}:boardwork/search/engine.py").decode()
    spec = importlib.util.spec_from_loader("boardwork.search.engine_at", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "boardwork.search"
    sys.modules[spec.name] = module
    exec(compile(source, f"{rev}:engine.py", "exec"), module.__dict__)
    return module.get_engine()


SERVER_CPU: list[float] = []  # PostgreSQL backends' CPU seconds, per run_queries call


def _backend_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a PostgreSQL backend on this machine, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _thread_sched() -> tuple[int, int]:
    """This thread's CPU and run-queue wait in nanoseconds (/proc/self/task/<tid>/schedstat: time
    on a core, time runnable but waiting for one)."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat") as f:
            cpu, wait, _ = f.read().split()
        return int(cpu), int(wait)
    except (OSError, ValueError):
        return 0, 0


def _thread_usage() -> tuple[int, int, int, int]:
    """This thread's page faults (minor, major) and context switches (voluntary: it blocked, on
    the GIL, a lock or I/O; involuntary: its time slice ran out), from getrusage(RUSAGE_THREAD)."""
    u = resource.getrusage(resource.RUSAGE_THREAD)
    return u.ru_minflt, u.ru_majflt, u.ru_nvcsw, u.ru_nivcsw


# One query's detail (--detail): wall, thread CPU, run-queue wait (runnable, no core free), the
# rest of the wall (blocked: the GIL held by another thread of the process, a lock, I/O), page
# faults, context switches, and whether it was its thread's first (a connection just opened).
DETAIL_FIELDS = ("wall", "cpu", "runq", "blocked", "minflt", "majflt", "vcsw", "ivcsw", "first")


# --per-query FILE: each query's row (RECORD_FIELDS), written as CSV by bench_one.
RECORD: bool = False
STAGES = ("terms", "window", "all", "rest", "rank", "title", "page", "stats", "other")
RECORD_FIELDS = (
    "nth",  # its place among its thread's timed queries (0: the first after the untimed one)
    "start",  # seconds since the epoch
    "wall_ms",
    "cpu_ms",  # the client thread's CPU
    "runq_ms",  # the client thread waiting for a core
    "blocked_ms",  # the rest: the GIL, the server's answer, I/O
    "srv_cpu_ms",  # the server backend's CPU (PostgreSQL)
    "srv_runq_ms",  # the server backend waiting for a core
    "srv_reads",  # the backend's read calls: blocks not in shared buffers (from the OS's cache or disk)
    "statements",
    "running",  # processes running or waiting for a core on the machine at the start (/proc/stat)
    *(f"{s}_ms" for s in STAGES),  # each kind of statement's wall time (client and server)
    *(f"{s}_srv_ms" for s in STAGES),  # and its backend's CPU
    "pid",
    "tid",
)


def _stage(sql: str) -> str:
    """What a statement of the PostgreSQL engine is, by its text (Postgres.candidates and page)."""
    if "tsvector_to_array(" in sql:
        return "terms"
    if "WITH s AS MATERIALIZED" in sql:
        return "all"
    if "ts_headline(" in sql or "NULL AS snip" in sql:
        return "page"
    if "FROM search_pgindex d WHERE" in sql:
        return "window" if sql.count("d.tsv @@ (SELECT") > 1 else "rest"
    if "ts_rank_cd(d." in sql:
        return "rank"
    if "to_tsvector('english', d.heading)" in sql:
        return "title"
    if "pg_stats" in sql:
        return "stats"
    return "other"


def _schedstat(pid: int | None) -> tuple[int, int]:
    """A process's (a PostgreSQL backend's) CPU and run-queue wait so far, in nanoseconds."""
    if pid is None:
        return 0, 0
    try:
        with open(f"/proc/{pid}/schedstat") as f:
            cpu, wait, _ = f.read().split()
        return int(cpu), int(wait)
    except (OSError, ValueError):
        return 0, 0


def _reads(pid: int | None) -> int:
    """A process's (a PostgreSQL backend's) read system calls so far: one a block read into its
    shared buffers (/proc/<pid>/io, readable by the server's user or root)."""
    if pid is None:
        return 0
    try:
        with open(f"/proc/{pid}/io") as f:
            for line in f:
                if line.startswith("syscr:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _running() -> int:
    with open("/proc/stat") as f:
        for line in f:
            if line.startswith("procs_running"):
                return int(line.split()[1])
    return 0


class _Stages:
    """An execute wrapper (--per-query): each statement's wall time and its backend's CPU, by
    stage."""

    def __init__(self, pid: int | None):
        self.pid = pid
        self.wall: Counter = Counter()
        self.server: Counter = Counter()
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        stage = _stage(sql)
        s0 = _schedstat(self.pid)[0]
        t0 = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.wall[stage] += time.perf_counter() - t0
            self.server[stage] += _schedstat(self.pid)[0] - s0
            self.count += 1


def run_queries(items, clients, fn, warm=None) -> tuple[list[float], list, list[tuple]]:
    """`items` asked by `clients` threads, each taking the next one; each thread first asks `warm`
    (untimed) when given, so its connection is open and set up as a web worker's (kept for
    CONN_MAX_AGE) would be. Returns the wall times, the results and each query's DETAIL_FIELDS."""
    times, results, details, lock = [], [], [], threading.Lock()
    todo = list(items)
    server = [0.0]

    def worker():
        from django.db import connection

        pid = None
        if connection.vendor == "postgresql":
            with connection.cursor() as cur:
                cur.execute("SELECT pg_backend_pid()")
                pid = cur.fetchone()[0]
            cpu0 = _backend_cpu(pid)
        if warm is not None:
            fn(warm)
        first, nth = True, 0
        while True:
            with lock:
                if not todo:
                    break
                item = todo.pop()
            if RECORD:
                stages, running, b0, r0 = _Stages(pid), _running(), _schedstat(pid), _reads(pid)
                start = time.time()
            s0, u0 = _thread_sched(), _thread_usage()
            t0 = time.perf_counter()
            if RECORD:
                with connection.execute_wrapper(stages):
                    out = fn(item)
            else:
                out = fn(item)
            dt_ = time.perf_counter() - t0
            s1, u1 = _thread_sched(), _thread_usage()
            cpu, runq = (s1[0] - s0[0]) / 1e9, (s1[1] - s0[1]) / 1e9
            detail = (
                dt_,
                cpu,
                runq,
                max(0.0, dt_ - cpu - runq),
                *(b - a for a, b in zip(u0, u1, strict=True)),
                first,
            )
            if RECORD:
                b1 = _schedstat(pid)
                record = (
                    nth,
                    round(start, 4),
                    dt_ * 1000,
                    cpu * 1000,
                    runq * 1000,
                    detail[3] * 1000,
                    (b1[0] - b0[0]) / 1e6,
                    (b1[1] - b0[1]) / 1e6,
                    _reads(pid) - r0,
                    stages.count,
                    running,
                    *(stages.wall[s_] * 1000 for s_ in STAGES),
                    *(stages.server[s_] / 1e6 for s_ in STAGES),
                    os.getpid(),
                    threading.get_native_id(),
                )
                detail = (*detail, dict(zip(RECORD_FIELDS, record, strict=True)), item)
            first, nth = False, nth + 1
            with lock:
                times.append(dt_)
                results.append(out)
                details.append(detail)
        if pid is not None:
            with lock:
                server[0] += _backend_cpu(pid) - cpu0
        connection.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    SERVER_CPU.append(server[0])
    return times, results, details


def run_spread(items, clients, processes, fn, warm=None) -> tuple[list[float], list, float, list[tuple]]:
    """`run_queries` over `processes` forked processes of clients/processes threads each, as
    gunicorn.conf.py serves the app (a process per core, threads in each): the threads of one
    process share its GIL, those of two do not. Returns the times, the results and the CPU
    seconds of the processes (Python, SQLite) plus the PostgreSQL backends that answered, and each
    query's details (run_queries). `warm` is asked first by each thread, untimed (run_queries)."""
    # As gunicorn.conf.py's web processes do (`calm_collector`): what this process holds (Django,
    # and what generating the paragraphs left) is frozen, so the collector's full passes do not
    # stop every client thread mid-query and add their pause to its time.
    from boardwork.papers.server_warmup import calm_collector

    calm_collector()
    if SWITCH_INTERVAL:
        # A thread coming back from SQLite (which releases the GIL) waits for a CPU-bound
        # neighbour to give it up: at most this long (Python's default 5 ms). Set in the query
        # processes only, to measure what a web process's setting would change.
        sys.setswitchinterval(SWITCH_INTERVAL)
    if processes <= 1:
        cpu0 = time.process_time()
        times, results, details = run_queries(items, clients, fn, warm)
        return times, results, time.process_time() - cpu0 + SERVER_CPU[-1], details
    import multiprocessing

    from django.db import connections

    connections.close_all()  # a forked child must open its own connections
    ctx = multiprocessing.get_context("fork")
    pipes, children = [], []
    threads = max(1, clients // processes)
    for k in range(processes):
        mine, theirs = ctx.Pipe(duplex=False)

        def child(part=items[k::processes], out=theirs):
            cpu0 = time.process_time()
            times, results, details = run_queries(part, threads, fn, warm)
            out.send((times, results, time.process_time() - cpu0 + SERVER_CPU[-1], details))

        proc = ctx.Process(target=child)
        proc.start()
        pipes.append(mine)
        children.append(proc)
    times, results, cpu, details = [], [], 0.0, []
    for pipe in pipes:
        t, r, c, d = pipe.recv()
        times += t
        results += r
        cpu += c
        details += d
    for proc in children:
        proc.join()
    return times, results, cpu, details


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def print_details(details: list[tuple]) -> None:
    """--detail: where the queries' wall time went, by DETAIL_FIELDS: mean and p95 of each part,
    for all the queries, those first on their thread's connection and the rest; then the five
    slowest, part by part."""
    groups = {
        "all": details,
        "first on a connection": [d for d in details if d[8]],
        "the rest": [d for d in details if not d[8]],
    }
    for name, rows_ in groups.items():
        if not rows_:
            continue
        cols = list(zip(*rows_, strict=True))
        ms = [[v * 1000 for v in cols[i]] for i in range(4)]
        print(
            f"    {name:<22}{len(rows_):>4}: "
            + ", ".join(
                f"{label} {statistics.mean(v):.1f}/{pct(v, 95):.1f}"
                for label, v in zip(("wall", "cpu", "runq", "blocked"), ms, strict=True)
            )
            + f" ms (mean/p95); per query: faults {statistics.mean(cols[4]):.0f} minor, "
            f"{statistics.mean(cols[5]):.1f} major, switches {statistics.mean(cols[6]):.1f} voluntary, "
            f"{statistics.mean(cols[7]):.1f} involuntary"
        )
    for d in sorted(details, key=lambda d: -d[0])[:5]:
        print(
            f"      slow: wall {d[0] * 1000:.1f} = cpu {d[1] * 1000:.1f} + runq {d[2] * 1000:.1f} + "
            f"blocked {d[3] * 1000:.1f} ms; faults {d[4]}/{d[5]}, switches {d[6]}/{d[7]}"
            + ("; first on its connection" if d[8] else "")
        )


PER_QUERY: str | None = None  # --per-query: the CSV file the queries' rows are added to
RUN_AT = time.strftime("%Y-%m-%dT%H:%M:%S")  # names this run's rows in the CSV


def write_records(path: str, db: str, kind: str, clients: int, processes: int, results, details) -> None:
    """--per-query: one row a query (RECORD_FIELDS and what it was), added to the CSV at `path`."""
    import csv

    new = not Path(path).exists() or Path(path).stat().st_size == 0
    with open(path, "a", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        if new:
            out.writerow(
                ["run", "db", "engine", "clients", "processes", "load1", "kind", "query", "board", "year"]
                + ["total", "capped", *RECORD_FIELDS]
            )
        load = f"{os.getloadavg()[0]:.2f}"
        for (total, capped), d in zip(results, details, strict=True):
            record, (q, board, year) = d[9], d[10]
            out.writerow(
                [
                    RUN_AT,
                    db,
                    ENGINE_AT or "current",
                    clients,
                    processes,
                    load,
                    kind,
                    q,
                    board or "",
                    year or "",
                ]
                + [total, int(capped)]
                + [f"{v:.3f}" if isinstance(v, float) else v for v in record.values()]
            )


def starting_state(db: str, built_now: bool) -> str:
    """What the queries start from, printed before them: whether this process built the database
    just now (the first run after a build), the machine's file data not yet written back
    (/proc/meminfo Dirty and Writeback), and on PostgreSQL what its shared buffers hold (the
    search relations' share, by pg_buffercache when the server has it). Right after a build they
    hold the build's last writes, the vectors' TOAST pages, and none of search_pgindex: ADR 0008,
    nineteenth round."""
    from django.db import connection

    meminfo = {}
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                key, value = line.split(":", 1)
                meminfo[key] = int(value.split()[0]) // 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    parts = [
        "first run after the build, in the process that built it" if built_now else "database reused",
        f"file data not yet written back {meminfo.get('Dirty', '?')} MB "
        f"(being written {meminfo.get('Writeback', '?')} MB)",
    ]
    if db == "postgres":
        try:
            with connection.cursor() as cur:
                cur.execute("CREATE EXTENSION IF NOT EXISTS pg_buffercache")
                cur.execute(
                    "SELECT coalesce(t.relname || ' (TOAST)', c.relname), count(*) * 8192 / 1048576 FROM "
                    "pg_buffercache b JOIN pg_class c ON b.relfilenode = pg_relation_filenode(c.oid) LEFT JOIN "
                    "pg_class t ON t.reltoastrelid = c.oid WHERE b.reldatabase = (SELECT oid FROM pg_database "
                    "WHERE datname = current_database()) GROUP BY 1 ORDER BY 2 DESC LIMIT 4"
                )
                held = ", ".join(f"{name} {size} MB" for name, size in cur.fetchall())
            parts.append(f"shared buffers hold {held or 'none of this database'}")
        except Exception as e:  # noqa: BLE001 - a server without pg_buffercache: say so, go on
            connection.close()
            parts.append(f"shared buffers not read ({type(e).__name__})")
        connection.close()
    return "; ".join(parts)


def bench_target(db: str, n: int) -> str:
    """Where the bench database for `n` paragraphs lives: an SQLite file in the temporary folder,
    a PostgreSQL database named after the branch's work (search) and the size."""
    if db == "sqlite":
        return str(Path(tempfile.gettempdir()) / f"bw-search-bench-{n}.sqlite3")
    # BENCH_PG_DATABASE names it otherwise (several people's benches on one server).
    return f"{PG_SERVER}/{os.environ.get('BENCH_PG_DATABASE') or f'bw_search_bench_{n}'}"


def drop_database(db: str, target: str) -> None:
    if db == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(target + suffix).unlink(missing_ok=True)
        return
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{target.rsplit("/", 1)[1]}" WITH (FORCE)')


def mb(v) -> str:
    return f"{v / 2**20:,.0f} MB" if v else "n/a"


def bench_one(
    db: str,
    n: int,
    clients: int,
    per: int,
    rebuild: bool,
    drop: bool,
    processes: int = 1,
    detail: bool = False,
    warm: bool = True,
):
    target = bench_target(db, n)
    try:
        threads = max(1, clients // processes)
        print(
            f"\n== {db}: {n:,} paragraphs, {BOARDS} boards, {YEARS} years, {clients} clients "
            f"({processes} process{'es' if processes > 1 else ''} of {threads} threads) ==",
            flush=True,
        )
        gen = Generator()
        t0 = time.perf_counter()
        gen.make_pool(min(250_000, max(5_000, n // 4)))
        stored = None if rebuild else stored_build(db, target)
        # Taken now, not after the build: inspect reads the source from disk by the line numbers
        # of the code loaded, so a file edited during a build would give another fingerprint.
        wanted = fingerprint(n)
        built_now = not (stored and stored.get("fingerprint") == wanted)
        if not built_now:
            # The same seed draws the same paragraphs: replayed (not stored) for the query words.
            for _ in rows(gen, n, 20_000):
                pass
            print(
                f"reused {target}, built {time.strftime('%Y-%m-%d %H:%M', time.localtime(stored['at']))} "
                f"from this corpus and code (paragraphs replayed for the query words in "
                f"{time.perf_counter() - t0:.1f} s)"
            )
            build = stored
            setup_django(target if db == "postgres" else f"sqlite:///{target}")
        else:
            why = (
                "--rebuild"
                if rebuild
                else (
                    "stale: the corpus, the generator or the search migrations changed"
                    if stored
                    else "none kept"
                )
            )
            print(f"building {target} ({why})", flush=True)
            build = build_database(db, gen, n, target, wanted)
        total = (
            build["migrate"]
            + build["rows"]
            + build["btree"]
            + build["index"]
            + build.get("vacuum", 0)
            + build.get("warm", 0)
        )
        print(
            f"build: rows generated and stored {build['rows']:.1f} s, b-tree indexes {build['btree']:.1f} s, "
            f"full-text index {build['index']:.1f} s"
            + (f", VACUUM ANALYZE {build['vacuum']:.1f} s" if "vacuum" in build else "")
            + (f", warming the cache (Engine.warm) {build['warm']:.1f} s" if "warm" in build else "")
            + f"; {total:.0f} s in all"
        )
        print(
            f"sizes: documents table {mb(build['text'])}, full-text index {mb(build['fulltext'])}, "
            f"all {mb(build['file'])}"
        )
        if "narrow" in build:
            print(
                f"PostgreSQL: the candidates' table search_pgindex {mb(build['narrow'])} (+ {mb(build['narrow_toast'])} "
                f"of vectors out of line), of which COPY {build['copy']:.1f} s of the rows' time"
            )
        from django.conf import settings
        from django.db import connection

        from boardwork.search.engine import get_engine, parse
        from boardwork.search.scope import Scope
        from boardwork.search.services import Filters, tag_groups

        connection.close()
        engine = engine_at(ENGINE_AT) if ENGINE_AT else get_engine()
        if ENGINE_AT:
            print(f"engine: boardwork/search/engine.py of {ENGINE_AT}")
        scope = Scope(roles={b: "member" for b in MEMBER_BOARDS})
        rng = random.Random(7)
        sets = query_sets(gen, per, rng)
        # Each thread's untimed first query: one with matches, so that its connection has
        # prepared the page's statement too, as a web worker's connection kept for CONN_MAX_AGE
        # has ("warmup", the earlier one, matches nothing: the first timed query on each
        # connection then prepared the page's statement and loaded the documents table's
        # catalog entries, ~1 ms of server CPU, and these were ~a third of each kind's
        # slowest 5% with 8 clients). A word of the corpus none of the sets asks, below the
        # commonest 400.
        asked = {w.lower() for items in sets.values() for q, _b, _y in items for w in re.findall(r"\w+", q)}
        warm_query = (
            next(
                w
                for w, _ in gen.freq.most_common()[400:]
                if w.isalpha() and len(w) > 3 and w not in STOP and w not in asked
            )
            if WARM_WITH_MATCHES
            else "warmup"
        )

        def search(item):
            q, board, year = item
            f = Filters(boards=[board] if board else [], year_from=year, year_to=year)
            r = engine.query(parse(q), tag_groups(scope, f), per_page=20)
            return r.total, r.capped

        def pk_lookup(pk):
            with connection.cursor() as cur:
                cur.execute("SELECT id, title, body FROM search_searchdoc WHERE id = %s", [pk])
                return cur.fetchone()

        print(f"before the queries: {starting_state(db, built_now)}", flush=True)
        # Warm up the process (imports, connections), not the queries: these words are not reused.
        run_queries([("warmup", None, None)] * clients, clients, search)
        pk_times, _, _ = run_queries([rng.randint(1, n) for _ in range(per * 4)], clients, pk_lookup)
        pk95 = pct(pk_times, 95)
        print(
            f"load average before the queries: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
            f"switch interval {(SWITCH_INTERVAL or sys.getswitchinterval()) * 1000:g} ms; "
            f"each thread first asks {warm_query!r}, untimed; searches at once per process: "
            f"{settings.SEARCH_CONCURRENCY or 'no limit'} (BOARDWORK_SEARCH_CONCURRENCY)"
        )
        print(
            f"{'query':<28}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'× pk p95':>10}{'cpu ms':>8}"
            "  matches (median; capped)"
        )
        print(
            f"{'primary-key lookup':<28}{len(pk_times):>5}{pct(pk_times, 50) * 1000:>9.1f}{pk95 * 1000:>9.1f}"
            f"{max(pk_times) * 1000:>9.1f}{1:>10.0f}"
        )
        summary = {}
        for name, items in sets.items():
            times, results, cpu, details = run_spread(
                items, clients, processes, search, (warm_query, None, None) if warm else None
            )
            cpu /= max(1, len(times))
            totals = [t for t, _ in results]
            capped = sum(1 for _, c in results if c)
            p95 = pct(times, 95)
            summary[name] = p95
            print(
                f"{name:<28}{len(times):>5}{pct(times, 50) * 1000:>9.1f}{p95 * 1000:>9.1f}"
                f"{max(times) * 1000:>9.1f}{p95 / pk95:>10.0f}{cpu * 1000:>8.1f}  {statistics.median(totals):,.0f}; "
                f"{capped}/{len(results)} over 1,000"
            )
            if detail:
                print_details(details)
            if PER_QUERY:
                write_records(PER_QUERY, db, name, clients, processes, results, details)
        worst = max(summary.values())
        print(
            f"worst p95 {worst * 1000:.1f} ms: {'within' if worst <= 0.05 else 'over'} the 50 ms goal"
            + (" (the first run after the build)" if built_now else "")
        )
    finally:
        from django.db import connections

        connections.close_all()
        if drop:
            drop_database(db, target)
            print(f"dropped {target}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    ap.add_argument("--paragraphs", type=int, default=1_000_000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--queries", type=int, default=100, help="queries of each kind")
    ap.add_argument(
        "--processes",
        type=int,
        default=1,
        help="spread the clients over this many processes (gunicorn.conf.py serves with one per core: "
        "2 on the development machine); default 1, all clients threads of one process",
    )
    ap.add_argument(
        "--rebuild",
        action="store_true",
        help="build the bench database again even if the one kept is up to date",
    )
    ap.add_argument("--drop", action="store_true", help="drop the bench database afterwards (it is large)")
    ap.add_argument(
        "--detail",
        action="store_true",
        help="per kind, where the wall time went: thread CPU, run-queue wait, blocked (GIL, locks, I/O), "
        "page faults, context switches; first queries on a connection apart",
    )
    ap.add_argument(
        "--cold",
        action="store_true",
        help="each query thread's first query opens its connection (timed), as the runs before "
        "2026-12-03's tenth round measured; by default each thread first asks one untimed query, so "
        "its connection is open and set up as a web worker's (kept for CONN_MAX_AGE) is",
    )
    ap.add_argument(
        "--switch-interval",
        type=float,
        metavar="MS",
        help="sys.setswitchinterval in the query processes, in milliseconds (Python's default 5)",
    )
    ap.add_argument(
        "--engine-at",
        metavar="REV",
        help="query through the engine of this commit (its boardwork/search/engine.py) on the same "
        "database, to alternate an older engine with the current one under the same load",
    )
    ap.add_argument(
        "--warm-without-matches",
        action="store_true",
        help='each thread\'s untimed first query is "warmup", which matches nothing (before 2026-12-06: the '
        "page's statement is then first prepared by a timed query); by default a corpus word no set asks",
    )
    ap.add_argument(
        "--per-query",
        metavar="FILE",
        help="add one CSV row per query to FILE: its kind and words, wall time, the client thread's CPU and "
        "wait, the server backend's CPU and wait, each kind of statement's wall time and server CPU, its "
        "place on its connection and when it started (which queries make the tail)",
    )
    ap.add_argument(
        "--pin-sources",
        action="store_true",
        help=f"write the list of corpus files the bench draws from ({SOURCES.name}) from what is there now, "
        "and stop: a new baseline",
    )
    a = ap.parse_args()
    if a.pin_sources:
        pin_sources()
        return
    global SWITCH_INTERVAL, ENGINE_AT, PER_QUERY, RECORD, WARM_WITH_MATCHES
    WARM_WITH_MATCHES = not a.warm_without_matches
    PER_QUERY = a.per_query
    RECORD = bool(a.per_query)
    SWITCH_INTERVAL = a.switch_interval / 1000 if a.switch_interval else None
    ENGINE_AT = a.engine_at
    if a.db == "both":
        # One process per database: Django is configured once per process.
        for db in ("sqlite", "postgres"):
            args = [sys.executable, __file__, "--db", db, "--paragraphs", str(a.paragraphs)]
            args += [
                "--clients",
                str(a.clients),
                "--queries",
                str(a.queries),
                "--processes",
                str(a.processes),
            ]
            args += ["--rebuild"] * a.rebuild + ["--drop"] * a.drop
            args += ["--switch-interval", str(a.switch_interval)] if a.switch_interval else []
            args += ["--detail"] * a.detail + ["--cold"] * a.cold
            args += ["--engine-at", a.engine_at] if a.engine_at else []
            args += ["--per-query", a.per_query] if a.per_query else []
            args += ["--warm-without-matches"] * a.warm_without_matches
            subprocess.run(args, check=True)
        return
    bench_one(a.db, a.paragraphs, a.clients, a.queries, a.rebuild, a.drop, a.processes, a.detail, not a.cold)


if __name__ == "__main__":
    main()
