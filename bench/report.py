"""Report speed: compose + write each format for a generated cycle with 500 accepted activities and
100 commitments, beside no-logic floors measured in the same run.

    .venv/bin/python bench/report.py [--runs N] [--activities 500] [--commitments 100] [--with-sources]

Floors (from bench/writer_floors.py when present, else the same code inline):
- docx: python-docx writing the same paragraphs, headings and table with no logic;
- pdf:  WeasyPrint rendering the same paper as plain HTML;
- html: building that plain HTML string.
`ratio` = Boardwork's time (compose + write) / the floor's; compose alone is shown too. Times are
CPU seconds of this process (`time.process_time`), the median of --runs for every figure: on a
shared machine wall time mostly measures the other jobs. The database is SQLite in a temporary folder. A script printing figures, not a test. --with-sources
writes the papers with their sources (DOCX comments, PDF/HTML notes and list, Markdown footnotes);
`ratio` is then against the floor of the same content (the PDF floor renders the source numbers
and the list of records as plain text, `plain_html(with_sources=True)`), and `vs bare` against the
floor without sources, which shows what sources cost in all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def timed(fn, runs: int) -> tuple[float, object]:
    """(median CPU seconds, last result) over `runs` calls. Everything timed runs in this process
    (WeasyPrint and python-docx included), so its CPU time is the work done, whatever else runs."""
    times, out = [], None
    for _ in range(runs):
        t = time.process_time()
        out = fn()
        times.append(time.process_time() - t)
    return statistics.median(times), out


def generate(n_activities: int, n_commitments: int):
    from boardwork.activities.models import KINDS, Activity
    from boardwork.boards.models import Board, Cycle
    from boardwork.plans.models import Commitment, ProgressUpdate, Review, Theme

    rnd = random.Random(7)
    words = (
        "council councils support webinar guidance lobbied Government review fire safety community resilience "
        "domestic abuse strategy licensing funding training partners published evidence committee inquiry"
    ).split()
    board = Board.objects.create(name="Bench Communities Board", slug="bench")
    y1 = Cycle.objects.create(
        board=board, label="2020/21", start=dt.date(2020, 9, 1), end=dt.date(2021, 8, 31)
    )
    y2 = Cycle.objects.create(
        board=board, label="2021/22", start=dt.date(2021, 9, 1), end=dt.date(2022, 8, 31)
    )
    themes = [Theme.objects.create(cycle=y1, title=f"Theme {i + 1} work", order=i) for i in range(8)]
    nthemes = [
        Theme.objects.create(cycle=y2, title=f"Theme {i + 1} work", order=i, continues=themes[i])
        for i in range(8)
    ]
    acts = []
    for _ in range(n_activities):
        a = Activity(
            board=board,
            cycle=y1,
            text=" ".join(rnd.choice(words) for _ in range(rnd.randint(40, 90))).capitalize() + ".",
            kinds=rnd.choice(list(KINDS)),
            review=Review.ACCEPTED,
        )
        a.set_date(f"202{rnd.choice((0, 1))}-{rnd.randint(1, 12):02d}")
        acts.append(a)
    Activity.objects.bulk_create(acts)
    Through = Activity.themes.through
    Through.objects.bulk_create(
        [Through(activity_id=a.pk, theme_id=themes[i % 8].pk) for i, a in enumerate(acts)]
    )
    cs = []
    for i in range(n_commitments):
        half = i < n_commitments // 2
        cs.append(
            Commitment(
                theme=(themes if half else nthemes)[i % 8],
                title=" ".join(rnd.choice(words) for _ in range(rnd.randint(8, 20))).capitalize() + ".",
                order=i,
                delay_reason="Delayed by Covid-19" if i % 10 == 0 else "",
            )
        )
    Commitment.objects.bulk_create(cs)
    ProgressUpdate.objects.bulk_create(
        [
            ProgressUpdate(
                commitment=c, quarter=q, rag=rnd.choice(["green", "amber", "red"]), commentary="On course."
            )
            for c in cs[: n_commitments // 2]
            for q in (1, 2)
        ]
    )
    return board, y1, y2


BASE = "https://boardwork.example/"  # as the web app's downloads give: absolute record links


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--activities", type=int, default=500)
    ap.add_argument("--commitments", type=int, default=100)
    ap.add_argument("--with-sources", action="store_true", help="write with sources on")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="bw-bench-report-")
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "boardwork.settings",
            "BOARDWORK_DATA_DIR": tmp,
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
        }
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from boardwork.papers import compose
    from boardwork.papers.style import HouseStyle
    from boardwork.papers.writers import write

    try:
        from writer_floors import floor_docx, floor_pdf, plain_html
    except ImportError:  # the writers' floors not in this tree: nothing to compare with
        print("bench/writer_floors.py not found: floors not measured")
        floor_docx = floor_pdf = plain_html = None

    board, y1, y2 = generate(args.activities, args.commitments)
    style = HouseStyle.default()
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; {args.activities} activities, "
        f"{args.commitments} commitments; CPU time, median of {args.runs} runs\n"
    )
    reports = {
        "end-of-year": lambda: compose.end_of_year(board, y1, style),
        "work-plan": lambda: compose.work_plan(board, y2, style),
        "performance": lambda: compose.performance(board, y1, 2, style),
    }
    write(compose.end_of_year(board, y1, style), "pdf", style)  # warm WeasyPrint and fonts
    print(
        f"{'report':12} {'format':6} {'blocks':>6} {'compose':>9} {'write':>9} {'total':>9} {'floor':>9} {'ratio':>6}"
        + (f" {'vs bare':>7}" if args.with_sources else "")
    )
    for name, fn in reports.items():
        t_compose, doc = timed(fn, args.runs)
        floors = {}
        if floor_docx:
            floors = {
                "docx": timed(lambda d=doc: floor_docx(d), args.runs)[0],
                "pdf": timed(lambda d=doc: floor_pdf(plain_html(d, args.with_sources)), args.runs)[0],
                "html": timed(lambda d=doc: plain_html(d, args.with_sources), args.runs)[0],
            }
            bare_pdf = (
                timed(lambda d=doc: floor_pdf(plain_html(d)), args.runs)[0] if args.with_sources else None
            )
        for fmt in ("docx", "pdf", "html", "md"):
            t_write, _ = timed(
                lambda d=doc, f=fmt: write(d, f, style, with_sources=args.with_sources, base_url=BASE),
                args.runs,
            )
            total = t_compose + t_write
            floor = floors.get(fmt)
            ratio = f"{total / floor:6.2f}" if floor else "     -"
            fl = f"{floor * 1000:7.0f}ms" if floor else "        -"
            bare = f" {total / bare_pdf:7.2f}" if fmt == "pdf" and floor_docx and bare_pdf else ""
            print(
                f"{name:12} {fmt:6} {len(doc.blocks):6} {t_compose * 1000:7.0f}ms {t_write * 1000:7.0f}ms "
                f"{total * 1000:7.0f}ms {fl} {ratio}{bare}"
            )


if __name__ == "__main__":
    main()
