"""The first background job of a worker process (`boardwork db_worker`): what it pays for the
papers' modules, cold and warmed.

    .venv/bin/python bench/first_job.py [--runs 3]

Makes the demo board in a temporary SQLite database, then for each mode starts fresh processes
(`--runs` of each) that set Django up as the worker does, then:

- cold: as the library's worker, without warm-up;
- warmed: after `boardwork.papers.server_warmup.warm_worker()`, what Boardwork's `db_worker`
  runs once at its start (its own CPU time is printed: the worker pays it before taking jobs);

and runs, as the worker would, an import job (a corpus paper), a second import job (another
paper), then a report render job (end of year 2020/21, DOCX) and a second one (performance, quarter 1).
CPU time of this process (`time.process_time`; the file is read, and the report written, in
the sandbox's worker processes, which warm themselves and are not counted), medians over the
runs; the first job's excess over the second of its kind in the same process is the figure load
distorts least. A script printing figures, not a test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import first_request  # beside this script: the same temporary database and its set-up

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
PAPERS = ("lga-scb-end-of-year-2009.txt", "lga-sscb-end-of-year-2020-21.txt")


def env_for(tmp: str) -> dict[str, str]:
    # bench/first_request.py's environment; the page cache plays no part in a job.
    return {k: v for k, v in first_request.env_for(tmp).items() if k != "BOARDWORK_PAGE_CACHE"}


def child(warmed: bool) -> dict[str, float]:
    import django

    django.setup()
    out: dict[str, float] = {}
    label = ""
    if warmed:
        from boardwork.papers.server_warmup import warm_worker

        out["warm-up"] = warm_worker()
    from django.contrib.auth import get_user_model

    from boardwork.boards.models import Board, Cycle
    from boardwork.papers import jobs
    from boardwork.papers.models import ReadJob, RenderJob
    from boardwork.papers.services import rendering

    board = Board.objects.get(slug="sscb")
    officer = get_user_model().objects.get(username="officer")
    cycle = Cycle.objects.get(board=board, label="2020/21")

    def cpu(fn) -> float:
        start, wall = time.process_time(), time.perf_counter()
        fn()
        out[f"{label} wall"] = time.perf_counter() - wall
        return time.process_time() - start

    for n, name in enumerate(PAPERS, 1):
        job = ReadJob.objects.create(
            kind="import", board=board, user=officer, filename=name, data=(CORPUS / name).read_bytes()
        )
        label = f"import job {n}"
        out[label] = cpu(lambda pk=job.pk: jobs.run(pk))
        assert ReadJob.objects.get(pk=job.pk).status == "done", ReadJob.objects.get(pk=job.pk).message
    for n, quarter in enumerate((None, 1), 1):
        spec = rendering.report_spec(
            "end-of-year" if quarter is None else "performance", cycle, "docx", quarter
        )
        job = RenderJob.objects.create(board=board, spec=spec, spec_key=f"bench-{n}")
        label = f"render job {n}"
        out[label] = cpu(lambda pk=job.pk: rendering.run(pk))
        assert RenderJob.objects.get(pk=job.pk).status == "done", RenderJob.objects.get(pk=job.pk).message
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", choices=["setup", "cold", "warmed"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child == "setup":
        first_request.setup()
        return
    if args.child:
        print(json.dumps(child(args.child == "warmed")))
        return
    with tempfile.TemporaryDirectory(prefix="bw-bench-job-") as tmp:
        env = env_for(tmp)
        subprocess.run([sys.executable, __file__, "--child", "setup"], env=env, check=True)
        results: dict[str, list[dict[str, float]]] = {"cold": [], "warmed": []}
        for _ in range(args.runs):
            for mode in results:  # alternated, so load changes touch both modes alike
                # Each process gets the demo database as set up (the papers not yet imported).
                db = f"{tmp}/run.sqlite3"
                shutil.copyfile(f"{tmp}/bench.sqlite3", db)
                got = subprocess.run(
                    [sys.executable, __file__, "--child", mode],
                    env={**env, "DATABASE_URL": f"sqlite:///{db}"},
                    check=True,
                    capture_output=True,
                    text=True,
                )
                results[mode].append(json.loads(got.stdout.strip().splitlines()[-1]))
    keys = ["warm-up", "import job 1", "import job 2", "render job 1", "render job 2"]
    keys_wall = [k + " wall" for k in keys[1:]]
    print(f"worker CPU seconds, median of {args.runs} fresh processes per mode")
    print(f"{'':16}{'cold':>10}{'warmed':>10}")
    med = {
        m: {k: statistics.median([r[k] for r in runs]) for k in keys + keys_wall if k in runs[0]}
        for m, runs in results.items()
    }
    for k in keys:
        cells = [f"{med[m][k]:10.3f}" if k in med[m] else f"{'–':>10}" for m in ("cold", "warmed")]
        print(f"{k:16}{''.join(cells)}")
    print("wall seconds of each job (the fork server's start included when the job starts it)")
    for k in keys[1:]:
        cells = [f"{med[m][k + ' wall']:10.3f}" for m in ("cold", "warmed")]
        print(f"{k:16}{''.join(cells)}")
    for mode in ("cold", "warmed"):
        m = med[mode]
        print(
            f"{mode}: first import job pays {m['import job 1'] - m['import job 2']:+.3f} s CPU over the second, "
            f"first render job {m['render job 1'] - m['render job 2']:+.3f} s"
        )


if __name__ == "__main__":
    main()
