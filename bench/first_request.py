"""The first request of a server process: what it pays for the papers' modules, cold and warmed.

    .venv/bin/python bench/first_request.py [--runs 3]

Makes the demo board in a temporary SQLite database, then for each mode starts fresh processes
(`--runs` of each) that set Django up, serve one board page (Django's own first-request costs,
the same in both modes), then:

- cold: as a worker without warm-up;
- warmed: after `boardwork.papers.server_warmup.warm()`, what gunicorn's `post_worker_init` runs
  (gunicorn.conf.py); its own CPU time is printed (the worker pays it before taking requests);

and times the compose page's report preview twice (the first pays the imports of the composer and
writers, the second does not) and the first lookup of an organisation in the shipped gazetteer.
CPU time of the process (`time.process_time`), medians over the runs; the first preview's excess
over the second in the same process is the figure that load distorts least. A script printing
figures, not a test.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def env_for(tmp: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "boardwork.settings",
        "BOARDWORK_DATA_DIR": tmp,
        "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
        "BOARDWORK_PAGE_CACHE": "0",
        "ALLOWED_HOSTS": "testserver",
        "PYTHONPATH": str(ROOT),
    }


def setup() -> None:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("demo", stdout=open(os.devnull, "w"))


def child(warmed: bool) -> dict[str, float]:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from boardwork.boards.models import Cycle

    client = Client()
    client.force_login(get_user_model().objects.get(username="officer"))
    cycle = Cycle.objects.get(board__slug="sscb", label="2020/21")

    def cpu(fn) -> float:
        start = time.process_time()
        fn()
        return time.process_time() - start

    def get(url: str) -> None:
        assert client.get(url).status_code == 200, url

    out = {"board page": cpu(lambda: get("/boards/sscb/"))}
    if warmed:
        from boardwork.papers.server_warmup import warm

        out["warm-up"] = warm()
    preview = f"/boards/sscb/papers/compose/?kind=end_of_year&cycle={cycle.uid}&fmt=docx&action=preview"
    out["preview 1st"] = cpu(lambda: get(preview))
    out["preview 2nd"] = cpu(lambda: get(preview))
    from boardwork.activities.services import shipped_organisation

    out["gazetteer lookup 1st"] = cpu(lambda: shipped_organisation("Dept of Health & Social Care"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", choices=["setup", "cold", "warmed"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child == "setup":
        setup()
        return
    if args.child:
        print(json.dumps(child(args.child == "warmed")))
        return
    with tempfile.TemporaryDirectory(prefix="bw-bench-first-") as tmp:
        env = env_for(tmp)
        subprocess.run([sys.executable, __file__, "--child", "setup"], env=env, check=True)
        results: dict[str, list[dict[str, float]]] = {"cold": [], "warmed": []}
        for _ in range(args.runs):
            for mode in results:  # alternated, so load changes touch both modes alike
                got = subprocess.run(
                    [sys.executable, __file__, "--child", mode],
                    env=env,
                    check=True,
                    capture_output=True,
                    text=True,
                )
                results[mode].append(json.loads(got.stdout.strip().splitlines()[-1]))
    keys = ["board page", "warm-up", "preview 1st", "preview 2nd", "gazetteer lookup 1st"]
    print(f"CPU seconds, median of {args.runs} fresh processes per mode")
    print(f"{'':22}{'cold':>10}{'warmed':>10}")
    med: dict[str, dict[str, float]] = {}
    for mode, runs in results.items():
        med[mode] = {k: statistics.median([r[k] for r in runs]) for k in keys if k in runs[0]}
    for k in keys:
        cells = [f"{med[m][k]:10.3f}" if k in med[m] else f"{'–':>10}" for m in ("cold", "warmed")]
        print(f"{k:22}{''.join(cells)}")
    for mode in ("cold", "warmed"):
        m = med[mode]
        excess = m["preview 1st"] - m["preview 2nd"]
        print(
            f"{mode}: first preview pays {excess:.3f} s CPU over the second "
            f"(ratio {m['preview 1st'] / m['preview 2nd']:.2f})"
        )


if __name__ == "__main__":
    main()
