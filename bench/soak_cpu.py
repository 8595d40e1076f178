"""Processor time per request of the soak's kinds, in-process, each one right after a write.

    .venv/bin/python bench/soak_cpu.py [--sqlite] [--activities 3000] [--rounds 15]

bench/soak.py's users write often (four requests in ten add, update or give feedback), and every
write makes every cached page stale, so on a busy board nearly every read builds its page. Wall
time on a shared machine says little about what that costs; this measures it where others' load
distorts least: the processor time (time.process_time) and the queries of each kind of request,
sent through Django's test client in this process, each read right after an API edit (and again
right after an API add), as in the soak. The same page read again with no write between (a cache
hit) is measured in the same run as the baseline, so the ratio to it is a figure that means
something on a loaded machine.

Makes a throwaway database as bench/web.py does. A script printing figures, not a test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import web as bench_web  # noqa: E402  (bench/web.py: database and data)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--activities", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="boardwork-soak-cpu-"))
    url, drop = bench_web.make_database(args.sqlite, tmp)
    try:
        bench_web.setup_in_process(url, tmp, tasks_immediate=False)
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from boardwork.boards.models import ApiToken, Cycle

        info = bench_web.generate(args.activities, 3)
        board = info["board"]
        slug = board.slug
        cycle = Cycle.objects.filter(board=board).order_by("-start").first()
        token = ApiToken.issue(info["user"], "soak-cpu")[1]
        web = Client(HTTP_HOST=bench_web.HOST)
        web.force_login(info["user"])
        api = Client(HTTP_HOST=bench_web.HOST, HTTP_AUTHORIZATION=f"Bearer {token}")
        mine: list = []  # (uid, version) of the activity the edits change

        def call(client, method, path, body=None, expect=200):
            if body is None:
                r = getattr(client, method)(path)
            else:
                r = getattr(client, method)(path, json.dumps(body), content_type="application/json")
            if r.status_code != expect:
                raise SystemExit(f"{method.upper()} {path}: {r.status_code} {r.content[:300]!r}")
            return r

        def add():
            r = call(api, "post", f"/api/boards/{slug}/activities",
                     {"text": "soak-cpu added", "cycle": str(cycle.uid), "kinds": ["event"]}, 201)  # fmt: skip
            a = json.loads(r.content)
            mine[:] = [a["uid"], a["version"]]

        def update():
            uid, version = mine
            r = call(
                api, "patch", f"/api/activities/{uid}", {"title": f"soak-cpu {version}", "version": version}
            )
            mine[1] = json.loads(r.content)["version"]

        def feedback():
            call(api, "post", f"/api/cycles/{cycle.uid}/feedback", {"text": "soak-cpu feedback"}, 201)

        q = urllib.parse.urlencode({"kind": "lobbying", "theme": str(info["theme"].uid), "q": "fire"})
        reads = {
            "read: board": lambda: call(web, "get", f"/boards/{slug}/"),
            "read: activity log": lambda: call(web, "get", f"/boards/{slug}/activities/"),
            "filter": lambda: call(web, "get", f"/boards/{slug}/activities/?{q}"),
            "api": lambda: call(api, "get", f"/api/boards/{slug}/activities?kind=lobbying"),
        }
        kinds = {"add": add, "update": update, "feedback": feedback, **reads}
        for f in kinds.values():  # templates, content types, connections
            f()

        def measure(f, write_first):
            cpu, queries = [], 0
            for _ in range(args.rounds):
                if write_first:
                    write_first()
                t = time.process_time()
                with CaptureQueriesContext(connection) as ctx:
                    f()
                cpu.append(time.process_time() - t)
                queries = len(ctx.captured_queries)
            return statistics.median(cpu) * 1000, queries

        print(f"database: {'SQLite' if args.sqlite else 'PostgreSQL'}; {info['activities']:,} activities; "
              f"median of {args.rounds}; each request right after an API edit of an activity")  # fmt: skip
        print(f"\n{'request':<32} {'CPU ms':>7} {'queries':>8} {'× hit':>6}")
        for name, f in kinds.items():
            ms, n = measure(f, write_first=update)
            hit = f"{ms / measure(f, write_first=None)[0]:6.1f}" if name in reads else ""
            print(f"{name:<32} {ms:>7.1f} {n:>8} {hit:>6}")
        # In the soak an add is as frequent as an update: what a read costs right after one.
        for name, f in reads.items():
            ms, n = measure(f, write_first=add)
            print(f"{name + ', after an add':<32} {ms:>7.1f} {n:>8}")
        print("\n× hit: against the same page read again with no write between (served by the page cache)")
    finally:
        drop()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
