"""Import speed: papers per second for `extract` alone and for the whole `import_paper` (read,
extract, resolve, write in one transaction) into SQLite and PostgreSQL; a folder of mixed papers
imported on 1 and on 2 cores; and the cost of a paper with a near-empty database against one with
5,000 organisations (its wall time, and the CPU of this process and of the sandbox's workers: on a
machine others are using, the CPU ratio is the steadier figure).

    .venv/bin/python bench/import.py [--runs N] [--folder N] [--orgs N] [--only folder,orgs]

Folder: N papers (default 500) made from the samples and tests/data (the LGA papers as TXT, DOCX
and PDF, the genre papers as TXT, HTML, DOCX and PDF, the PDF fixtures): copy k of a text paper
has its title changed (a new paper whose records are mostly on record already), a DOCX its title
in document.xml, a PDF a comment appended (the same paper in another file: read and extracted,
then "already imported"). The folder is made once; `papers.services.batch.import_files` imports it
into one board with 1 worker and then with 2, each into its own fresh SQLite database, and the
papers/s of both are printed with the load average (on a machine others are using, the figures are
loaded: the second worker competes with them for the second core). Beside each: how many files were
being read at once on average (near the number of workers when the pipeline keeps them busy), the
CPU a paper of the main process (writing, the serial part) and of the sandbox's workers (reading and
extracting), and how many papers the main thread extracted again because they name an organisation
recorded while they were read; from the CPU a paper, the most papers/s idle cores allow with 1 and
with 2 workers (a figure the load does not move much).

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
import resource
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


def _migrated_child() -> None:
    """Inside a child process (DATABASE_URL / BOARDWORK_DATA_DIR already set): Django set up and
    its throwaway database migrated."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boardwork.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _warmed_up(name: str, data: bytes) -> None:
    """One import into a board of its own first: caches, the sandbox's fork server, the first
    WeasyPrint/pdfplumber import and query plans are not charged to the measured papers."""
    from boardwork.boards.models import Board
    from boardwork.papers import services

    services.import_paper(data, name, Board.objects.create(name="Warm-up Board", slug="warm"))


def child(runs: int) -> None:
    """Runs inside the child process, with DATABASE_URL / BOARDWORK_DATA_DIR already set."""
    _migrated_child()
    from django.db import connection

    from boardwork.boards.models import Board
    from boardwork.papers import services

    files = [(p.name, p.read_bytes()) for p in papers()]
    _warmed_up(*files[0])
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
        # The same file read, and read and extracted, in the sandbox's worker as the import does
        # (timed in this process, the reading would run under this process's larger heap and
        # garbage collector, and could take longer than the whole import: a negative "store").
        from boardwork.papers import untrusted

        args = services.extract_args(board)
        rt, rxt = [], []
        for _ in range(runs):
            t = time.perf_counter()
            untrusted.read(data, name)
            rt.append(time.perf_counter() - t)
            t = time.perf_counter()
            untrusted.read(data, name, extract=args)
            rxt.append(time.perf_counter() - t)
        out[name] = {
            "read": statistics.median(rt),
            "extract": max(0.0, statistics.median(rxt) - statistics.median(rt)),
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


# -- a folder of mixed papers, on 1 and 2 cores --------------------------------------------------

DATA = ROOT / "tests" / "data"


def _sources() -> list[Path]:
    out = [p for p in sorted(CORPUS.iterdir()) if p.suffix in (".txt", ".docx", ".pdf")]
    out += [p for p in sorted((DATA / "genre").iterdir()) if p.suffix in (".txt", ".html", ".docx", ".pdf")]
    out += sorted((DATA / "pdf").glob("[cnt]*.pdf"))  # cabinet, numbered, two-column (not the scan)
    return out


def _variant(src: Path, k: int) -> bytes:
    import io
    import re
    import zipfile

    data = src.read_bytes()
    if k == 0:
        return data
    if src.suffix in (".txt", ".html"):
        text = data.decode("utf-8")
        # The first line that reads as a title: a new paper, mostly repeating the records of copy 0.
        return re.sub(r"(End of Year Report|Report|Review|Annual)", rf"\1 (copy {k})", text, count=1).encode()
    if src.suffix == ".docx":
        out = io.BytesIO()
        with (
            zipfile.ZipFile(io.BytesIO(data)) as zin,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
        ):
            for item in zin.infolist():
                body = zin.read(item.filename)
                if item.filename == "word/document.xml":
                    body = re.sub(rb"(Report|Review)", rb"\1 (copy %d)" % k, body, count=1)
                zout.writestr(item, body)
        return out.getvalue()
    return data + b"\n%% copy %d\n" % k


def make_folder(folder: Path, n: int) -> list[Path]:
    sources = _sources()
    files = []
    for i in range(n):
        src = sources[i % len(sources)]
        k = i // len(sources)
        path = folder / f"{i:04d}-{src.name}"
        path.write_bytes(_variant(src, k))
        files.append(path)
    return files


def _workers_cpu() -> float:
    """CPU seconds of the sandbox's workers so far: the fork server forks them and waits for them,
    so their time is its children's (Linux /proc; 0 elsewhere)."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    # utime, stime, cutime, cstime are fields 14-17 of stat (here 11-14, after the name and state).
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def child_folder(folder: Path, workers: int) -> None:
    _migrated_child()
    from boardwork.boards.models import Board
    from boardwork.papers import untrusted
    from boardwork.papers.services import batch

    files = sorted(folder.iterdir())
    _warmed_up(files[0].name, files[0].read_bytes())
    board = Board.objects.create(name="Bench Board", slug="bench")
    # How many files are being read at once (each read's span, summed, over the import's), and how
    # many papers the main thread extracted again, waiting, because they name an organisation
    # recorded while they were read.
    spans: list[float] = []
    again = [0]
    read, extract = batch._read, untrusted.extract

    def timed_read(*args, **kwargs):
        t = time.perf_counter()
        try:
            return read(*args, **kwargs)
        finally:
            spans.append(time.perf_counter() - t)

    def counted_extract(*args, **kwargs):
        again[0] += 1
        return extract(*args, **kwargs)

    batch._read, untrusted.extract = timed_read, counted_extract  # type: ignore[assignment]
    workers_cpu = _workers_cpu()
    t, cpu = time.perf_counter(), time.process_time()
    results = batch.import_files(files, board, workers=workers)
    took, cpu = time.perf_counter() - t, time.process_time() - cpu
    workers_cpu = _workers_cpu() - workers_cpu
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    print(
        json.dumps(
            {
                "seconds": took,
                "cpu": cpu,
                "workers_cpu": workers_cpu,
                "in_flight": sum(spans) / took,
                "extracted_again": again[0],
                "n": len(results),
                "counts": counts,
            }
        )
    )


def bench_folder(n: int) -> None:
    load = (
        f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        if hasattr(os, "getloadavg")
        else ""
    )
    print(f"import of a folder of {n} mixed papers (papers.services.batch.import_files, SQLite{load})")
    base = None
    with tempfile.TemporaryDirectory() as papers_dir:
        # One folder for both runs: the same files, imported with 1 worker and then with 2.
        make_folder(Path(papers_dir), n)
        runs = []
        for workers in (1, 2):
            with tempfile.TemporaryDirectory() as tmp:
                env = {
                    "BOARDWORK_DATA_DIR": tmp,
                    "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
                    "MEDIA_ROOT": f"{tmp}/media",
                }
                args = [
                    "--child-folder",
                    "--folder",
                    str(n),
                    "--papers",
                    papers_dir,
                    "--workers",
                    str(workers),
                ]
                runs.append((workers, _run(args, env)))
    for workers, res in runs:
        if res is None:
            continue
        rate = res["n"] / res["seconds"]
        base = base or rate
        counts = ", ".join(f"{v} {k}" for k, v in sorted(res["counts"].items()))
        main_ms, workers_ms = res["cpu"] / res["n"] * 1000, res["workers_cpu"] / res["n"] * 1000
        print(
            f"  {workers} worker{'s' if workers > 1 else ' '}  {res['seconds']:7.1f} s  {rate:6.2f} papers/s"
            f"  ({rate / base:.2f}× one worker; {counts})"
        )
        print(
            f"             {res['in_flight']:.2f} files read at once on average; CPU a paper: main process"
            f" {main_ms:.0f} ms, sandbox workers {workers_ms:.0f} ms; {res['extracted_again']} papers"
            " extracted again before writing"
        )
    if runs and all(res for _, res in runs):
        # What the CPU a paper allows on idle cores: one worker reads while the main process writes;
        # two share both cores, the main process's part being serial.
        res = runs[-1][1]
        main_s, workers_s = res["cpu"] / res["n"], res["workers_cpu"] / res["n"]
        one = 1 / max(main_s, workers_s)
        two = 1 / max(main_s, (main_s + workers_s) / 2)
        print(
            f"  on idle cores this CPU a paper allows at most {one:.1f} papers/s with 1 worker and"
            f" {two:.1f} with 2 ({two / one:.2f}×)"
        )
    # The main process writes the papers one at a time while the sandbox's workers read and
    # extract: its CPU a paper bounds the rate whatever the number of workers.
    print("  (the main process's CPU a paper is the serial part: writing, one paper at a time)")


# -- per-paper cost against the number of organisations -------------------------------------------

_PLACES = (
    "Northvale Southmoor Eastbridge Westcombe Ashford Brookdale Cedarfield Dunmore Elmstead Fairhaven "
    "Glenbrook Highcliffe Ironbridge Kingsmere Lakeside Millbrook Newhaven Oakridge Pinewood Queensbury "
    "Riverside Stonebridge Thornbury Upton Valemouth Whitby Yarrow Zennor Alderley Birchwood Carlton "
    "Denholme Exton Fenwick Grantley Hawkshead Ingleby Jarrow Kelham Langley Marston Norton Orwell "
    "Pelham Quarry Redbourn Selby Tarleton Ulverston Ventnor"
).split()
_BODIES = (
    "Borough Council|District Council|County Council|Fire and Rescue Service|Police|Clinical "
    "Commissioning Group|Community Safety Partnership|Safeguarding Board|Housing Association|Youth "
    "Offending Team|Chamber of Commerce|Citizens Advice|Voluntary Action|Local Resilience Forum|"
    "Health and Wellbeing Board|Trading Standards|Probation Service|Community Trust|Arts Council|"
    "Sports Partnership|Water Safety Forum|Road Safety Partnership|Fire Authority|Enterprise Partnership|"
    "Business Improvement District|Neighbourhood Watch|Victim Support|Domestic Abuse Service|"
    "Drug and Alcohol Team|Hate Crime Forum|Licensing Board|Schools Forum|College|University|"
    "Hospital Trust|Ambulance Service|Mental Health Trust|Food Bank|Credit Union|Rotary Club|"
    "Rugby Club|Football Club|Cricket Club|Library Service|Museum Trust|Theatre|Housing Trust|"
    "Climate Partnership|Transport Board|Growth Board|Scrutiny Panel"
).split("|")


def _queued() -> float:
    """Seconds this process's main thread has waited for a core so far (Linux schedstat; 0 elsewhere):
    on a machine others are using, much of a paper's wall time that is not CPU."""
    try:
        return int(Path("/proc/self/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def child_orgs(n_orgs: int, runs: int) -> None:
    """The samples imported with the near-empty table and with `n_orgs` more organisations, in
    alternating rounds (near-empty, full, near-empty, full …: the 5,000 are deleted and made again
    between rounds) so that the machine's load, which drifts over minutes, falls on both alike. Each
    switch is followed by one import not measured (the caches and the index file are made afresh
    then, once per change of the organisations, not per paper). A paper's time is split into the
    sandbox's round trip (its wall time, and the CPU of the worker) and the rest, this process's part
    (its wall time and CPU): wall time not spent on a CPU is waiting (for a core, a disk or the
    worker)."""
    _migrated_child()
    from django.db import transaction

    from boardwork.activities.models import Organisation
    from boardwork.boards.models import Board
    from boardwork.papers import services, untrusted

    files = [(p.name, p.read_bytes()) for p in papers()]
    _warmed_up(*files[0])
    sandbox = {"wall": 0.0}
    read = untrusted.read

    def timed_read(*args, **kwargs):
        t = time.perf_counter()
        try:
            return read(*args, **kwargs)
        finally:
            sandbox["wall"] += time.perf_counter() - t

    untrusted.read = timed_read  # type: ignore[assignment]

    def import_one(name: str, data: bytes) -> dict[str, float]:
        board = Board.objects.create(
            name=f"Bench {uuid.uuid4().hex[:6]} Board", slug=f"b-{uuid.uuid4().hex[:10]}"
        )
        sandbox["wall"] = 0.0
        u, q = resource.getrusage(resource.RUSAGE_SELF), _queued()
        t, c, w = time.perf_counter(), time.process_time(), _workers_cpu()
        res = services.import_paper(data, name, board)
        wall, cpu, wcpu = time.perf_counter() - t, time.process_time() - c, _workers_cpu() - w
        v, q = resource.getrusage(resource.RUSAGE_SELF), _queued() - q
        assert res.status == "imported", res
        return {
            "wall": wall,
            "cpu": cpu,
            "workers_cpu": wcpu,
            "sandbox_wall": sandbox["wall"],
            # Waits of this process (each a sleep: on a disk, a lock, the worker's answer) and the
            # blocks it wrote (its commits).
            "queued": q,
            # Asleep: neither on a core nor waiting for one (the worker's answer, a disk, a lock).
            "asleep": max(0.0, wall - cpu - q - sandbox["wall"]),
            "waits": v.ru_nvcsw - u.ru_nvcsw,
            "blocks": v.ru_oublock - u.ru_oublock,
        }

    def make() -> list[int]:
        made, new = 0, []
        for place in [
            f"{q}{p}" for q in ("", "North ", "South ", "East ", "West ", "Greater ") for p in _PLACES
        ]:
            for body in _BODIES:
                if made >= n_orgs:
                    break
                name = f"{place} {body}"
                acronym = "".join(w[0] for w in name.split() if w[0].isupper())[:8]
                new.append(Organisation(name=name, acronym=acronym if made % 3 == 0 else ""))
                made += 1
        with transaction.atomic():
            for o in new:
                o.save()  # save() computes the match keys
        return [o.pk for o in new]

    samples: dict[str, list[dict[str, float]]] = {"near_empty": [], "full": []}
    rounds: list[tuple[str, float]] = []  # each round's median wall time, in the order they ran
    counts = {}
    made: list[int] = []
    for _ in range(runs):
        for phase in ("near_empty", "full"):
            if phase == "full":
                made = make()
            elif made:
                Organisation.objects.filter(pk__in=made).delete()
                made = []
            counts[phase] = Organisation.objects.count()
            import_one(*files[0])  # after the change: the caches made afresh, not measured
            rows = [import_one(name, data) for name, data in files]
            samples[phase] += rows
            rounds.append((phase, statistics.median(r["wall"] for r in rows)))
    out: dict = {"before": counts["near_empty"], "after": counts["full"], "rounds": rounds}
    for phase, rows in samples.items():
        out[phase] = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
        out[phase]["mean_cpu"] = statistics.mean(r["cpu"] + r["workers_cpu"] for r in rows)
    print(json.dumps(out))


def bench_orgs(n_orgs: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            "BOARDWORK_DATA_DIR": tmp,
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "MEDIA_ROOT": f"{tmp}/media",
        }
        res = _run(["--child-orgs", "--orgs", str(n_orgs), "--runs", str(runs)], env)
    if res is None:
        return
    print(
        "import_paper per paper against the organisations on record (SQLite; medians over the samples,"
        f" {runs} alternating rounds; load average {os.getloadavg()[0]:.1f} at the end)"
    )
    print(
        f"  {'organisations':>14} {'wall':>8} {'CPU':>8} {'sandbox':>8} {'worker':>8} {'rest':>8} {'main':>8}"
        "   (ms a paper: wall and CPU (this process + worker); sandbox round trip wall and its worker's"
        " CPU; the rest's wall and this process's CPU)"
    )
    for phase, n in (("near_empty", res["before"]), ("full", res["after"])):
        r = res[phase]
        print(
            f"  {n:>14} {r['wall'] * 1000:8.1f} {r['mean_cpu'] * 1000:8.1f} {r['sandbox_wall'] * 1000:8.1f}"
            f" {r['workers_cpu'] * 1000:8.1f} {(r['wall'] - r['sandbox_wall']) * 1000:8.1f} {r['cpu'] * 1000:8.1f}"
            f"   (the rest: waiting for a core {r['queued'] * 1000:.0f}, asleep {r['asleep'] * 1000:.0f};"
            f" {r['waits']:.0f} sleeps, {r['blocks']:.0f} blocks written)"
        )
    print(
        "  each round's median wall time a paper, in the order they ran: "
        + ", ".join(
            f"{'near-empty' if p == 'near_empty' else 'full'} {w * 1000:.0f}" for p, w in res["rounds"]
        )
    )
    a, b = res["near_empty"], res["full"]
    print(
        f"  {b['wall'] / a['wall']:.2f}× the near-empty database's time a paper, {b['mean_cpu'] / a['mean_cpu']:.2f}×"
        f" its CPU; sandbox round trip {b['sandbox_wall'] / a['sandbox_wall']:.2f}×, the rest"
        f" {(b['wall'] - b['sandbox_wall']) / (a['wall'] - a['sandbox_wall']):.2f}×; flat is 1.00×"
    )


def _run(args: list[str], env: dict[str, str]) -> dict | None:
    proc = subprocess.run(
        [sys.executable, __file__, *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--folder", type=int, default=500, help="papers in the folder import (default 500)")
    ap.add_argument("--orgs", type=int, default=5000, help="organisations for the cost test (default 5000)")
    ap.add_argument("--only", default="", help="comma-separated: extract, import, folder, orgs")
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--papers", default="", help=argparse.SUPPRESS)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child-folder", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child-orgs", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.runs)
        return
    if args.child_folder:
        child_folder(Path(args.papers), args.workers)
        return
    if args.child_orgs:
        child_orgs(args.orgs, args.runs)
        return
    only = set(filter(None, args.only.split(","))) or {"extract", "import", "folder", "orgs"}
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; median of {args.runs} runs\n")
    if "folder" in only:
        bench_folder(args.folder)
        print()
    if "orgs" in only:
        bench_orgs(args.orgs, args.runs)
        print()
    if not only & {"extract", "import"}:
        return
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
