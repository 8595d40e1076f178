"""The first readers after a change, with the page cache shared between server processes and
without: two gunicorn servers on one database, measured in turns in the same run.

    .venv/bin/python bench/first_build.py [--activities 100000] [--years 20] [--clients 32] [--rounds 6]
                                          [--pages 'meeting,actions']

Each gunicorn process keeps pages in its own memory; with BOARDWORK_PAGE_CACHE_SHARED a page one
process built is also kept in files the others read, so it is built once per change instead of
once per process while that process's readers wait (issue #11: that wait was the p95 of one page
or another in each run of bench/web.py). For each page and round: an activity is edited (every
cached page goes stale), then `--clients` new connections ask for the page at once, on one server
and then (after another edit) on the other, the order alternating by round; what those first
readers waited is printed per server, with the ratio of shared to per-process in the same run.

Makes a throwaway database and data as bench/web.py does; only 127.0.0.1 is contacted. A script
printing figures, not a test.
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import web as bench_web  # noqa: E402  (bench/web.py: database, data, gunicorn, sign-in)

HOST = bench_web.HOST


def burst(port: int, path: str, headers: dict, clients: int) -> list[float]:
    """`clients` new connections each ask for `path` once, all at once; their waits in seconds."""
    start = threading.Barrier(clients)
    waits: list[float] = []
    lock = threading.Lock()

    def one():
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        conn.connect()
        start.wait()
        t = time.perf_counter()
        status, _ = bench_web.request(conn, path, headers)
        elapsed = time.perf_counter() - t
        conn.close()
        if status != 200:
            raise SystemExit(f"{path}: {status}")
        with lock:
            waits.append(elapsed)

    threads = [threading.Thread(target=one) for _ in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return sorted(waits)


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] if s else 0.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--pages", default="", help="only these pages (names, comma-separated)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="boardwork-bench-first-build-"))
    url, drop = bench_web.make_database(False, tmp)
    env = bench_web.server_env(url, tmp, tasks_immediate=True)
    os.environ.update(env)
    servers = []
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.urls import reverse

        from boardwork.activities.models import Activity
        from boardwork.boards.models import ApiToken

        call_command("migrate", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        info = bench_web.generate(args.activities, args.years)
        token = ApiToken.issue(info["user"], "bench")[1]
        ports = {}
        for name, shared in (("per process", "false"), ("shared", "true")):
            port = bench_web.free_port()
            # One data directory (static files); only the shared server uses its page files.
            server_env = {**env, "BOARDWORK_PAGE_CACHE_SHARED": shared}
            log = tmp / f"gunicorn-{name.replace(' ', '-')}.log"
            servers.append(bench_web.start_gunicorn(port, args.workers, args.threads, server_env, log))
            ports[name] = port
        session = bench_web.sign_in(ports["per process"], info["user"])
        board, slug = info["board"], info["board"].slug
        pages = [
            ("board", reverse("board", args=[slug]), "session"),
            ("activity log", reverse("activities", args=[slug]), "session"),
            ("theme", reverse("theme", args=[slug, info["theme"].uid]), "session"),
            ("meeting", reverse("meeting", args=[slug, info["meeting"].uid]), "session"),
            ("actions", reverse("actions", args=[slug]), "session"),
            ("API activities", f"/api/boards/{slug}/activities", "token"),
        ]
        if args.pages:
            pages = [p for p in pages if p[0] in args.pages.split(",")]
        print(
            f"generated {info['activities']:,} activities; two servers of {args.workers} workers × {args.threads} "
            f"threads on one database; {args.clients} new connections at once after each edit; "
            f"{args.rounds} rounds per page and server"
        )
        ids = list(Activity.objects.filter(board=board).values_list("pk", flat=True)[:50])
        edits = [0]

        def edit():  # what makes every cached page stale, committed before the burst
            a = Activity.objects.get(pk=ids[edits[0] % len(ids)])
            a.title = f"Edited before a burst ({edits[0]})"
            a.save()
            edits[0] += 1

        print(
            f"\n{'page':<16} {'server':<12} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   shared ÷ per process (p95)"
        )
        for name, path, auth in pages:
            headers = {"Host": HOST}
            if auth == "session":
                headers["Cookie"] = session
            else:
                headers["Authorization"] = f"Bearer {token}"
            waits: dict[str, list[float]] = {k: [] for k in ports}
            for r in range(args.rounds):
                order = list(ports) if r % 2 == 0 else list(reversed(ports))
                for server in order:
                    edit()
                    waits[server] += burst(ports[server], path, headers, args.clients)
            p95 = {k: pct(v, 95) for k, v in waits.items()}
            for server, v in waits.items():
                ratio = (
                    f"{p95['shared'] / p95['per process']:.2f}"
                    if server == "shared" and p95["per process"]
                    else ""
                )
                print(f"{name:<16} {server:<12} {pct(v, 50) * 1000:>8.1f} {p95[server] * 1000:>8.1f} "
                      f"{max(v) * 1000:>8.1f}   {ratio}")  # fmt: skip
        print(f"\nload average {os.getloadavg()[0]:.1f}")
    finally:
        for s in servers:
            s.terminate()
            try:
                s.wait(timeout=20)
            except Exception:
                s.kill()
        drop()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
