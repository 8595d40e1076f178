"""Soak: simulated users on gunicorn + PostgreSQL while hostile files arrive, for minutes.

    .venv/bin/python bench/soak.py [--users 50] [--seconds 300] [--hostile-every 10] [--sqlite]
                                   [--activities 3000] [--workers CORES] [--threads 8]
                                   [--baseline-seconds 20]

What it does:
1. makes a throwaway database and board as bench/web.py does (PostgreSQL on 127.0.0.1:5432, or a
   SQLite file with --sqlite), starts gunicorn with the production settings and, beside it, the
   background-job worker (`boardwork db_worker`), as in production;
2. runs `--users` simulated users for `--seconds`: each in turn reads (board page, activity log),
   filters (the activity log with a kind, a theme and words), adds an activity (API), updates its
   own activity (API, with the version it read), gives feedback (API) or reads the API's activity
   log, with a short think time between requests;
3. meanwhile uploads a file of the hostile corpus (tests/data/hostile/make_hostile.py) to
   `POST /api/papers/parse` every `--hostile-every` seconds, as another signed-in user;
4. prints requests, errors (5xx, resets, timeouts; other statuses are listed per kind), p50/p95 per
   kind of request and overall, what the hostile uploads were answered, and writes sent vs stored
   (each 201 add found in the database, each user's activity at the version its updates reached,
   each feedback stored);
5. before the soak, a baseline in the same run: one user alone, no hostile files, for
   `--baseline-seconds`: the same server on the same machine at the same moment, so the soak's p95
   is also given as a ratio to it (a figure that means something on a machine others are loading);
6. the processor time each part of the server used during the soak (gunicorn's processes, the job
   worker with the limited reader processes it started): whether hostile files eat the CPU the
   requests need.

Goal (issue 12): 0 errors, 0 lost writes, p95 ≤ 300 ms. Only 127.0.0.1 is contacted. A script
printing figures, not a test.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import web as bench_web  # noqa: E402  (bench/web.py: database, data, gunicorn, sign-in)

ROOT = bench_web.ROOT
HOST = bench_web.HOST
sys.path.insert(0, str(ROOT / "tests" / "data" / "hostile"))
MARK = "soak-" + secrets.token_hex(3)


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, Counter] = defaultdict(Counter)
        self.errors: list[str] = []

    def add(self, kind: str, seconds: float, status: int | str) -> None:
        with self.lock:
            self.times[kind].append(seconds)
            self.statuses[kind][status] += 1
            if not isinstance(status, int) or status >= 500:
                self.errors.append(f"{kind}: {status}")


def pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


_CLOSED_IDLE = (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError)


class Client:
    """One keep-alive connection; a broken one is opened again (and the failure counted)."""

    def __init__(self, port: int, headers: dict):
        self.port, self.headers = port, {"Host": HOST, **headers}
        self.conn: http.client.HTTPConnection | None = None

    def call(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
        for attempt in (1, 2):
            reused = self.conn is not None
            if self.conn is None:
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=60)
            try:
                self.conn.request(method, path, body=body, headers={**self.headers, **(headers or {})})
                r = self.conn.getresponse()
                return r.status, r.read()
            except (OSError, http.client.HTTPException) as e:
                self.conn.close()
                self.conn = None
                # gunicorn closes keep-alive connections idle for `keepalive` seconds: a request
                # sent on one it closed is sent again on a new connection, as browsers do (the
                # writes check below would show a request that had in fact been served twice).
                # A fresh connection failing is an error.
                if not (reused and attempt == 1 and isinstance(e, _CLOSED_IDLE)):
                    return type(e).__name__, b""
        return "unreachable", b""


def user_loop(n, port, session, token, ctx, stats, writes, stop):
    rnd = random.Random(n)
    web = Client(port, {"Cookie": session})
    api = Client(port, {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    slug, mine = ctx["slug"], None  # this user's own activity: (uid, version)

    def timed(kind, client, method, path, body=None):
        t0 = time.perf_counter()
        status, data = client.call(method, path, body)
        stats.add(kind, time.perf_counter() - t0, status)
        return status, data

    while not stop.is_set():
        action = rnd.choices(
            ["read", "filter", "add", "update", "feedback", "api"], weights=[30, 20, 15, 15, 10, 10]
        )[0]
        if action == "update" and mine is None:
            action = "add"
        if action == "read":
            timed("read", web, "GET", rnd.choice([f"/boards/{slug}/", f"/boards/{slug}/activities/"]))
        elif action == "filter":
            q = urllib.parse.urlencode(
                {"kind": rnd.choice(["lobbying", "event", "evidence"]), "theme": ctx["theme"],
                 "q": rnd.choice(["fire", "council", "safety"])}
            )  # fmt: skip
            timed("filter", web, "GET", f"/boards/{slug}/activities/?{q}")
        elif action == "add":
            text = f"{MARK} user {n} added {writes['added_sent'][n]}"
            body = json.dumps({"text": text, "cycle": ctx["cycle"], "kinds": ["event"]}).encode()
            writes["added_sent"][n] += 1
            status, data = timed("add", api, "POST", f"/api/boards/{slug}/activities", body)
            if status == 201:
                a = json.loads(data)
                writes["added_ok"].append(a["uid"])
                if mine is None:
                    mine = (a["uid"], a["version"])
        elif action == "update":
            uid, version = mine
            body = json.dumps({"title": f"{MARK} update {version}", "version": version}).encode()
            status, data = timed("update", api, "PATCH", f"/api/activities/{uid}", body)
            if status == 200:
                mine = (uid, json.loads(data)["version"])
                writes["updated_ok"][uid] = mine[1]
        elif action == "feedback":
            body = json.dumps({"text": f"{MARK} feedback from user {n}"}).encode()
            status, _ = timed("feedback", api, "POST", f"/api/cycles/{ctx['cycle']}/feedback", body)
            if status == 201:
                writes["feedback_ok"] += 1
        else:
            timed("api", api, "GET", f"/api/boards/{slug}/activities?kind=lobbying")
        stop.wait(rnd.uniform(0.2, 0.8))  # think time


def tree_cpu_seconds(pid: int) -> float:
    """Processor time (user + system, with reaped children's) of `pid` and every live descendant."""
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15]) / tick  # utime stime cutime cstime
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


def hostile_loop(port, token, every, items, stats, stop):
    client = Client(port, {"Authorization": f"Bearer {token}"})
    i = 0
    while not stop.wait(every):
        name, data = items[i % len(items)]
        i += 1
        name = name.replace('"', "'").replace("\r", " ").replace("\n", " ")
        boundary = "soak" + secrets.token_hex(8)
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name[:200]}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            ).encode()
            + data
            + f"\r\n--{boundary}--\r\n".encode()
        )
        t0 = time.perf_counter()
        status, _ = client.call(
            "POST", "/api/papers/parse", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
        stats.add("hostile upload", time.perf_counter() - t0, status)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--hostile-every", type=float, default=10)
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--activities", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--baseline-seconds", type=float, default=20)
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="boardwork-soak-"))
    url, drop = bench_web.make_database(args.sqlite, tmp)
    env = bench_web.server_env(url, tmp, tasks_immediate=False)
    os.environ.update(env)
    server = worker = None
    try:
        import django

        django.setup()
        from django.core.management import call_command

        from boardwork.activities.models import Activity
        from boardwork.boards.models import ApiToken, Cycle
        from boardwork.plans.models import Feedback

        call_command("migrate", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        info = bench_web.generate(args.activities, 3)
        board = info["board"]
        cycle = Cycle.objects.filter(board=board).order_by("-start").first()
        ctx = {"slug": board.slug, "theme": str(info["theme"].uid), "cycle": str(cycle.uid)}
        token = ApiToken.issue(info["user"], "soak")[1]
        port = bench_web.free_port()
        server = bench_web.start_gunicorn(port, args.workers, args.threads, env, tmp / "gunicorn.log")
        worker = subprocess.Popen(
            [str(bench_web.VENV_BIN / "boardwork"), "db_worker"], cwd=ROOT, env=env,
            stdout=(tmp / "worker.log").open("wb"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        session = bench_web.sign_in(port, info["user"])
        print(
            f"database: {'SQLite' if args.sqlite else 'PostgreSQL'}; {info['activities']:,} activities; "
            f"gunicorn {args.workers} workers × {args.threads} threads + 1 job worker; {args.users} users "
            f"for {args.seconds:g} s; a hostile upload every {args.hostile_every:g} s"
        )
        # The baseline: one user alone, no hostile files (its writes are not counted below).
        base, stop = Stats(), threading.Event()
        base_writes = {"added_sent": Counter(), "added_ok": [], "updated_ok": {}, "feedback_ok": 0}
        one = threading.Thread(
            target=user_loop, args=(10_000, port, session, token, ctx, base, base_writes, stop)
        )
        one.start()
        stop.wait(args.baseline_seconds)
        stop.set()
        one.join(timeout=120)
        base_all = [t for ts in base.times.values() for t in ts]
        print(
            f"baseline, one user alone: {len(base_all)} requests, p50 {pct(base_all, 50) * 1000:.0f} ms, "
            f"p95 {pct(base_all, 95) * 1000:.0f} ms"
        )
        cpu_before = {"gunicorn": tree_cpu_seconds(server.pid), "job worker": tree_cpu_seconds(worker.pid)}

        stats, stop = Stats(), threading.Event()
        writes = {"added_sent": Counter(), "added_ok": [], "updated_ok": {}, "feedback_ok": 0}
        threads = [
            threading.Thread(target=user_loop, args=(n, port, session, token, ctx, stats, writes, stop))
            for n in range(args.users)
        ]
        import make_hostile

        hostile = [(h.name, h.data) for h in make_hostile.corpus()]  # built before the clock starts
        threads.append(
            threading.Thread(
                target=hostile_loop, args=(port, token, args.hostile_every, hostile, stats, stop)
            )
        )
        t0 = time.monotonic()
        for t in threads:
            t.start()
        stop.wait(args.seconds)
        stop.set()
        for t in threads:
            t.join(timeout=180)
        elapsed = time.monotonic() - t0
        cpu = {
            k: tree_cpu_seconds(p.pid) - cpu_before[k]
            for k, p in (("gunicorn", server), ("job worker", worker))
        }

        print(f"\n{'requests':<16} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  statuses")
        everyone: list[float] = []
        for kind in ["read", "filter", "add", "update", "feedback", "api", "hostile upload"]:
            ts = stats.times.get(kind, [])
            if kind != "hostile upload":
                everyone += ts
            codes = dict(sorted(stats.statuses[kind].items(), key=str))
            print(f"{kind:<16} {len(ts):>6} {pct(ts, 50) * 1000:>8.0f} {pct(ts, 95) * 1000:>8.0f} "
                  f"{max(ts, default=0) * 1000:>8.0f}  {codes}")  # fmt: skip
        user_errors = [e for e in stats.errors if not e.startswith("hostile")]
        print(
            f"{'users, all':<16} {len(everyone):>6} {pct(everyone, 50) * 1000:>8.0f} "
            f"{pct(everyone, 95) * 1000:>8.0f}  ({len(everyone) / elapsed:.1f} req/s over {elapsed:.0f} s)"
        )
        p95_base = pct(base_all, 95)
        if p95_base:
            print(
                f"p95 against the baseline (one user alone, same run): × {pct(everyone, 95) / p95_base:.1f}"
            )
        print(
            f"processor time during the soak: gunicorn {cpu['gunicorn']:.0f} s, job worker and its readers "
            f"{cpu['job worker']:.0f} s (of {elapsed * (os.cpu_count() or 1):.0f} s on {os.cpu_count()} cores); "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        print(f"errors (5xx, resets, timeouts): users {len(user_errors)}, hostile uploads "
              f"{len(stats.errors) - len(user_errors)}  {Counter(user_errors).most_common(5)}")  # fmt: skip

        # writes sent vs stored
        # (The baseline user's writes carry the mark too: they are left out of the soak's count.)
        stored_adds = set(
            str(u) for u in Activity.objects.filter(text__startswith=MARK).values_list("uid", flat=True)
        ) - set(base_writes["added_ok"])
        lost_adds = [u for u in writes["added_ok"] if u not in stored_adds]
        versions = dict(
            (str(u), v)
            for u, v in Activity.objects.filter(uid__in=list(writes["updated_ok"])).values_list(
                "uid", "version"
            )
        )
        lost_updates = [u for u, v in writes["updated_ok"].items() if versions.get(u) != v]
        stored_feedback = Feedback.objects.filter(text__startswith=MARK).count() - base_writes["feedback_ok"]
        print(
            f"writes: adds sent {sum(writes['added_sent'].values())}, answered 201 {len(writes['added_ok'])}, "
            f"stored {len(stored_adds)}, lost {len(lost_adds)}; updated activities {len(writes['updated_ok'])}, "
            f"lost updates {len(lost_updates)}; feedback answered 201 {writes['feedback_ok']}, "
            f"stored {stored_feedback}"
        )
        p95 = pct(everyone, 95)
        ok = (
            not user_errors
            and not lost_adds
            and not lost_updates
            and stored_feedback == writes["feedback_ok"]
        )
        print(f"goal (0 errors, 0 lost writes, p95 ≤ 300 ms): {'met' if ok and p95 <= 0.3 else 'NOT met'}")
    finally:
        for proc in (server, worker):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
        drop()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
