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
over the second in the same process is the figure that load distorts least.

Then the same through gunicorn itself (one worker, gunicorn.conf.py; cold = the same settings
without its `post_worker_init`), over HTTP on 127.0.0.1 with an officer's session: the worker's
CPU time (from /proc, 10 ms ticks) and the wall time of a board page and two previews. A script
printing figures, not a test.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import signal
import socket
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
        "ALLOWED_HOSTS": "testserver,127.0.0.1",
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


def officer_session() -> str:
    """A session cookie for the demo's officer, written directly (the sign-in form is throttled)."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    from boardwork.boards.models import Cycle

    user = get_user_model().objects.get(username="officer")
    s = SessionStore()
    s[SESSION_KEY] = str(user.pk)
    s[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    s[HASH_SESSION_KEY] = user.get_session_auth_hash()
    s.create()
    cycle = Cycle.objects.get(board__slug="sscb", label="2020/21")
    return json.dumps({"cookie": f"sessionid={s.session_key}", "cycle": str(cycle.uid)})


def cpu_of(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def through_gunicorn(tmp: str, env: dict[str, str], warmed: bool, login: dict[str, str]) -> dict[str, float]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    conf = Path(tmp) / f"gunicorn-{'warmed' if warmed else 'cold'}.py"
    conf.write_text(
        f"exec(compile(open({str(ROOT / 'gunicorn.conf.py')!r}).read(), 'gunicorn.conf.py', 'exec'))\n"
        f"workers = 1\nbind = '127.0.0.1:{port}'\n"
        "control_socket_disable = True\n"  # gunicorn's default socket is one per user, not per server
        + ("" if warmed else "del post_worker_init\n")
    )
    log = Path(tmp) / "gunicorn.log"
    with open(log, "w") as out:
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "-c", str(conf), "boardwork.wsgi"],
            env=env,
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        headers = {"Cookie": login["cookie"], "Host": "127.0.0.1"}

        def get(path: str, signed_in: bool = True) -> float:
            start = time.perf_counter()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", path, headers=headers if signed_in else {"Host": "127.0.0.1"})
            r = conn.getresponse()
            r.read()
            conn.close()
            assert r.status == 200, (path, r.status)
            return time.perf_counter() - start

        deadline = time.monotonic() + 60
        while True:
            try:
                get("/sign-in/", signed_in=False)  # the server answers (a signed-in visitor is sent on)
                break
            except (OSError, AssertionError):
                if time.monotonic() > deadline:
                    raise RuntimeError(log.read_text()) from None
                time.sleep(0.2)
        worker = int(re.findall(r"Booting worker with pid: (\d+)", log.read_text())[-1])
        out_: dict[str, float] = {}
        preview = (
            f"/boards/sscb/papers/compose/?kind=end_of_year&cycle={login['cycle']}&fmt=docx&action=preview"
        )
        for name, path in (
            ("board page", "/boards/sscb/"),
            ("preview 1st", preview),
            ("preview 2nd", preview),
        ):
            before = cpu_of(worker)
            out_[f"{name} wall"] = get(path)
            out_[f"{name} cpu"] = cpu_of(worker) - before
        return out_
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", choices=["setup", "session", "cold", "warmed"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child == "setup":
        setup()
        return
    if args.child == "session":
        print(officer_session())
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
        got = subprocess.run(
            [sys.executable, __file__, "--child", "session"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        login = json.loads(got.stdout.strip().splitlines()[-1])
        served: dict[str, list[dict[str, float]]] = {"cold": [], "warmed": []}
        for _ in range(args.runs):
            for mode in served:
                served[mode].append(through_gunicorn(tmp, env, mode == "warmed", login))
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

    print(f"\nthrough gunicorn (one worker): worker CPU / wall seconds, median of {args.runs}")
    print(f"{'':22}{'cold':>16}{'warmed':>16}")
    for name in ("board page", "preview 1st", "preview 2nd"):
        cells = []
        for mode in ("cold", "warmed"):
            c = statistics.median([r[f"{name} cpu"] for r in served[mode]])
            w = statistics.median([r[f"{name} wall"] for r in served[mode]])
            cells.append(f"{c:7.2f} / {w:5.2f}")
        print(f"{name:22}{cells[0]:>16}{cells[1]:>16}")


if __name__ == "__main__":
    main()
