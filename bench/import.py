"""Import speed: papers per second for `extract` alone and for the whole `import_paper` (read,
extract, resolve, write in one transaction) into SQLite and PostgreSQL.

    .venv/bin/python bench/import.py [--runs N]

The papers are the corpus samples (tests/data/corpus: .txt, .lga.docx, .lga.pdf). Each database run
happens in a child process with its own settings: SQLite in a temporary folder, PostgreSQL in a
throwaway database on 127.0.0.1:5432 (user postgres, trust auth), dropped afterwards; PostgreSQL is
skipped with a message when it cannot be reached. Each import goes to a fresh board so that no file
is "already imported". This is a script printing figures, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "data" / "corpus"
PG = "postgresql://postgres@127.0.0.1:5432"


def papers() -> list[Path]:
    names = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))
    return [p for p in names if not p.name.endswith(".paper.json")]


def bench_extract(runs: int) -> None:
    from boardwork.papers.extract import extract
    from boardwork.papers.readers import read_bytes

    docs = [(p.name, read_bytes(p.read_bytes(), p.name)) for p in papers()]
    extract(docs[0][1])  # warm the knowledge caches (gazetteer, policies)
    print("extract (pure, no database)")
    total = 0.0
    for name, doc in docs:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            extract(doc)
            times.append(time.perf_counter() - t)
        total += statistics.median(times)
        print(
            f"  {name:45} {statistics.median(times) * 1000:8.1f} ms  {1 / statistics.median(times):7.1f} papers/s"
        )
    print(f"  {'all':45} {total / len(docs) * 1000:8.1f} ms  {len(docs) / total:7.1f} papers/s (mean)")


def child(runs: int) -> None:
    """Runs inside the child process, with DATABASE_URL / BOARDWORK_DATA_DIR already set."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boardwork.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    from boardwork.boards.models import Board
    from boardwork.papers import services

    files = [(p.name, p.read_bytes()) for p in papers()]
    # Warm-up: caches, the first WeasyPrint/pdfplumber import, the first query plans.
    warm = Board.objects.create(name="Warm-up Board", slug="warm")
    services.import_paper(files[0][1], files[0][0], warm)
    out = {}
    for name, data in files:
        times = []
        for _ in range(runs):
            board = Board.objects.create(
                name=f"Bench {uuid.uuid4().hex[:6]} Board", slug=f"b-{uuid.uuid4().hex[:10]}"
            )
            t = time.perf_counter()
            res = services.import_paper(data, name, board)
            times.append(time.perf_counter() - t)
            assert res.status == "imported", res
        # The same file's read and extract alone, to show what the import itself adds (resolving
        # records against the database and writing them).
        from boardwork.papers.extract import extract
        from boardwork.papers.readers import read_bytes

        rt, et = [], []
        for _ in range(runs):
            t = time.perf_counter()
            doc = read_bytes(data, name)
            rt.append(time.perf_counter() - t)
            t = time.perf_counter()
            extract(doc, gazetteer=services.gazetteer(sys.modules["boardwork.papers.extract"]))
            et.append(time.perf_counter() - t)
        out[name] = {
            "read": statistics.median(rt),
            "extract": statistics.median(et),
            "median": statistics.median(times),
            "activities": res.activities,
            "commitments": res.commitments,
        }
    print(json.dumps({"vendor": connection.vendor, "files": out}))


def run_child(env: dict[str, str], runs: int) -> dict | None:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", "--runs", str(runs)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report(result: dict, label: str) -> None:
    print(f"import_paper into {label} (read + extract + write, one transaction)")
    total = 0.0
    for name, r in result["files"].items():
        total += r["median"]
        own = r["median"] - r["read"] - r["extract"]
        print(
            f"  {name:45} {r['median'] * 1000:8.1f} ms  {1 / r['median']:7.1f} papers/s"
            f"  (read {r['read'] * 1000:.0f} + extract {r['extract'] * 1000:.0f} + store {own * 1000:.0f} ms;"
            f" {r['activities']} activities, {r['commitments']} commitments)"
        )
    n = len(result["files"])
    print(f"  {'all':45} {total / n * 1000:8.1f} ms  {n / total:7.1f} papers/s (mean)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.runs)
        return
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; median of {args.runs} runs\n")
    bench_extract(args.runs)
    print()
    with tempfile.TemporaryDirectory() as tmp:
        res = run_child(
            {
                "BOARDWORK_DATA_DIR": tmp,
                "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
                "MEDIA_ROOT": f"{tmp}/media",
            },
            args.runs,
        )
        if res:
            report(res, "SQLite")
        print()
        try:
            import psycopg

            name = f"bw_bench_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(f"{PG}/postgres", autocommit=True, connect_timeout=3) as c:
                c.execute(f'CREATE DATABASE "{name}"')
        except Exception as e:  # noqa: BLE001 - any failure means "no PostgreSQL here"
            print(f"PostgreSQL skipped: cannot reach {PG} ({e.__class__.__name__}: {str(e).strip()[:120]})")
            return
        try:
            res = run_child({"DATABASE_URL": f"{PG}/{name}", "MEDIA_ROOT": f"{tmp}/pgmedia"}, args.runs)
            if res:
                report(res, "PostgreSQL")
        finally:
            with psycopg.connect(f"{PG}/postgres", autocommit=True) as c:
                c.execute(f'DROP DATABASE IF EXISTS "{name}"')


if __name__ == "__main__":
    main()
