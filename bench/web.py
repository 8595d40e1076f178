"""Web speed under load: a board with 100,000 activities and 20 years of cycles, served by gunicorn
in production mode, measured beside a static file served by the same server in the same run.

    .venv/bin/python bench/web.py [--sqlite] [--activities 100000] [--years 20] [--clients 32]
                                  [--requests 320] [--seconds 60] [--workers CORES] [--threads 8] [--keep] [--cold]
                                  [--write-every SECONDS]

What it does:
1. makes a throwaway database: PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), or with
   --sqlite a file in a temporary folder; migrates it and fills it with bulk_create (themes with
   lineage, commitments with progress updates, organisations, policies, people, meetings, and
   activities linked to themes, organisations, policies and people);
2. runs collectstatic and starts gunicorn on 127.0.0.1 (BOARDWORK_ENV=production, a generated
   SECRET_KEY, DEBUG off, ALLOWED_HOSTS=127.0.0.1);
3. signs in an officer (the sign-in form, else a session written directly) and issues an API token;
4. sends each page `--requests` requests from `--clients` threads (http.client, keep-alive),
   stopping early after `--seconds`, and prints p50/p95 per page and their ratio to the static
   file's; a page answering 404 is reported as missing (the web app is being written);
5. counts each page's queries in-process, cached and built afresh, and lists the slowest ones of a
   fresh build, to point at indexes.

Board pages and the API's activity log are kept by the page cache (web/pagecache.py) until the
records change, so a run mostly measures cache hits; --write-every 1 edits an activity every
second meanwhile (each edit makes every cached page stale), and --cold turns the cache off and
measures what the first reader after a change waits for, under the same load.

Only 127.0.0.1 is ever contacted. A script printing figures, not a test. Target: p95 ≤ 150 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import http.client
import os
import random
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
VENV_BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
PASSWORD = "bench-officer-password-" + secrets.token_hex(4)

WORDS = (
    "council councils support webinar guidance lobbied Government review fire safety community resilience "
    "domestic abuse strategy licensing funding training partners published evidence committee inquiry "
    "serious violence prevent cohesion modern slavery flooding emergency planning gambling harm scams "
    "trading standards youth justice probation policing crime panel hate crime counter extremism"
).split()


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


# -- database ------------------------------------------------------------------------------------


def make_database(use_sqlite: bool, tmp: Path) -> tuple[str, callable]:
    """(DATABASE_URL, cleanup) for a new, empty database."""
    if use_sqlite:
        return f"sqlite:///{tmp / 'bench.sqlite3'}", lambda: None
    import psycopg

    # BOARDWORK_BENCH_DB: the name's prefix, for a server whose databases are shared out by name.
    name = f"{os.environ.get('BOARDWORK_BENCH_DB', 'boardwork_bench')}_{os.getpid()}"
    admin = f"host={HOST} port=5432 user=postgres dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        try:
            from django.db import connections

            connections.close_all()
        except Exception:
            pass
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"postgres://postgres@{HOST}:5432/{name}", drop


def generate(n_activities: int, years: int) -> dict:
    """Fill the database; returns the handles the pages need (board slug, a theme, filters)."""
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction

    from boardwork.activities.models import KINDS, Activity, ActivityOrganisation, Organisation, Policy
    from boardwork.boards.models import AgendaItem, Board, Cycle, Meeting, Membership, Person
    from boardwork.lib.cycles import cycle_label, cycle_start_for
    from boardwork.plans.models import Commitment, ProgressUpdate, Review, Theme

    rnd = random.Random(20)
    batch = 5000
    t0 = time.perf_counter()
    with transaction.atomic():
        board = Board.objects.create(name="Bench Communities Board", slug="bench", remit="Benchmark board")
        this_year = cycle_start_for(dt.date.today())
        first = this_year - years + 1
        cycles = Cycle.objects.bulk_create(
            Cycle(
                board=board,
                label=cycle_label(y),
                start=dt.date(y, 9, 1),
                end=dt.date(y + 1, 8, 31),
            )
            for y in range(first, this_year + 1)
        )
        themes_by_cycle: dict[int, list] = {}
        previous: list = []
        for c in cycles:
            themes = [
                Theme(cycle=c, title=f"{rnd.choice(WORDS).title()} {WORDS[i]} work", order=i)
                for i in range(8)
            ]
            for i, t in enumerate(themes):
                t.continues = previous[i] if previous else None
            themes_by_cycle[c.pk] = Theme.objects.bulk_create(themes)
            previous = themes_by_cycle[c.pk]
        all_themes = [t for ts in themes_by_cycle.values() for t in ts]
        people = Person.objects.bulk_create(
            Person(
                name=f"Person {i}", honorific=rnd.choice(["Cllr", "", "Dr"]), kind="councillor", party="Party"
            )
            for i in range(200)
        )
        commitments = Commitment.objects.bulk_create(
            Commitment(
                theme=t,
                title=" ".join(rnd.choices(WORDS, k=8)),
                order=j,
                owner=rnd.choice(people),
                state=rnd.choice(Commitment.State.values),
            )  # fmt: skip
            for t in all_themes
            for j in range(6)
        )
        ProgressUpdate.objects.bulk_create(
            ProgressUpdate(
                commitment=c, quarter=q, rag=rnd.choice(["green", "amber", "red"]), commentary="On course"
            )
            for c in commitments
            for q in (1, 2, 3, 4)
        )
        orgs = Organisation.objects.bulk_create(
            Organisation(name=f"Organisation {i}", acronym=f"O{i}", match_keys=f"|organisation {i}|o{i}|")
            for i in range(2000)
        )
        policies = Policy.objects.bulk_create(
            Policy(title=f"Policy {i} Bill", kind="bill") for i in range(300)
        )
        meetings = Meeting.objects.bulk_create(
            Meeting(
                board=board,
                cycle=c,
                date=c.start + dt.timedelta(days=40 + 100 * k),
                start_time=dt.time(11),
                place="Smith Square, London",
                title="Board meeting",
            )  # fmt: skip
            for c in cycles
            for k in range(3)
        )
        AgendaItem.objects.bulk_create(
            AgendaItem(meeting=m, number=str(i), title=f"Item {i}") for m in meetings for i in range(1, 6)
        )
        kinds = list(KINDS)
        per_cycle = n_activities // len(cycles)
        made = 0
        for c in cycles:
            acts = []
            for _ in range(per_cycle if c is not cycles[-1] else n_activities - made):
                precision = rnd.choices(["day", "month", "year"], weights=[6, 3, 1])[0]
                day = c.start + dt.timedelta(days=rnd.randrange(365))
                if precision == "month":
                    day = day.replace(day=1)
                elif precision == "year":
                    day = day.replace(month=1, day=1)
                acts.append(
                    Activity(
                        board=board,
                        cycle=c,
                        date=day,
                        date_precision=precision,
                        kinds=" ".join(sorted(set(rnd.choices(kinds, k=rnd.randint(1, 2))), key=kinds.index)),
                        title=" ".join(rnd.choices(WORDS, k=4)).capitalize(),
                        text=" ".join(rnd.choices(WORDS, k=30)).capitalize() + ".",
                        review=Review.ACCEPTED if rnd.random() > 0.02 else Review.TO_REVIEW,
                    )  # fmt: skip
                )
            made += len(acts)
            acts = Activity.objects.bulk_create(acts, batch_size=batch)
            themes = themes_by_cycle[c.pk]
            ThemeLink, PolicyLink, PersonLink = (
                Activity.themes.through, Activity.policies.through, Activity.people.through,
            )  # fmt: skip
            theme_links, org_links, policy_links, person_links = [], [], [], []
            for a in acts:
                for t in rnd.sample(themes, rnd.randint(1, 2)):
                    theme_links.append(ThemeLink(activity_id=a.pk, theme_id=t.pk))
                for o in rnd.sample(orgs, rnd.randint(0, 3)):
                    org_links.append(
                        ActivityOrganisation(activity_id=a.pk, organisation_id=o.pk, role="named")
                    )
                if rnd.random() < 0.3:
                    policy_links.append(PolicyLink(activity_id=a.pk, policy_id=rnd.choice(policies).pk))
                if rnd.random() < 0.2:
                    person_links.append(PersonLink(activity_id=a.pk, person_id=rnd.choice(people).pk))
            ThemeLink.objects.bulk_create(theme_links, batch_size=batch)
            ActivityOrganisation.objects.bulk_create(org_links, batch_size=batch)
            PolicyLink.objects.bulk_create(policy_links, batch_size=batch)
            PersonLink.objects.bulk_create(person_links, batch_size=batch)
        # One activity in fifty withdrawn (entered twice, merged): the withdrawn list has 2,000 to page.
        from django.utils import timezone

        ids = list(Activity.objects.filter(board=board).order_by("id").values_list("pk", flat=True)[::50])
        Activity.all_objects.filter(pk__in=ids).update(
            withdrawn_on=timezone.now(), withdrawn_reason="Entered twice"
        )
        user = get_user_model().objects.create_user("bench-officer", password=PASSWORD)
        officer = Person.objects.create(name="Bench Officer", kind="officer", user=user)
        Membership.objects.create(board=board, person=officer, role=Membership.Role.OFFICER)
        # People and engagement: members over the years, appointments to outside bodies; and a
        # history (the change log reads it) of 20,000 edits.
        from django.contrib.contenttypes.models import ContentType

        from boardwork.activities.models import Appointment
        from boardwork.boards.models import Change

        Membership.objects.bulk_create(
            Membership(board=board, person=p, role=rnd.choice(["member", "chair", "lead_member"]),
                       start=c.start, end=c.end)
            for p in people[:60] for c in cycles[-rnd.randint(1, 6):]
        )  # fmt: skip
        Appointment.objects.bulk_create(
            Appointment(board=board, person=p, organisation=orgs[i], role="Representative",
                        start=cycles[-3].start, end=cycles[-1].end)
            for i, p in enumerate(people[:60])
        )  # fmt: skip
        ct = ContentType.objects.get_for_model(Activity)
        recent = list(
            Activity.objects.filter(board=board).order_by("-id").values_list("uid", flat=True)[:20000]
        )
        Change.objects.bulk_create(
            (Change(content_type=ct, object_uid=u, user=user, action="edit", changes={"title": ["Old", "New"]})
             for u in recent),
            batch_size=2000,
        )  # fmt: skip
    if connection.vendor == "postgresql":
        # What autovacuum soon does to a loaded table: statistics, and the visibility map that lets
        # counts use index-only scans (without it COUNT(*) over a board reads the heap: 19 vs 7 ms).
        with connection.cursor() as cur:
            cur.execute("VACUUM ANALYZE")
    current = themes_by_cycle[cycles[-1].pk]
    return {
        "board": board,
        "theme": current[0],
        "org": orgs[0],
        "person": people[0],
        "user": user,
        "cycles": len(cycles),
        "activities": Activity.objects.count(),
        "seconds": time.perf_counter() - t0,
        "meeting": meetings[-1],
        "draft": _draft(board, cycles[-1], user),
    }


def _draft(board, cycle, user):
    """A draft work plan of the current cycle (composed from the records), or None if it fails."""
    from boardwork.papers import drafts

    try:
        return drafts.save_draft(board, "work_plan", cycle, user)
    except Exception as e:  # a bench keeps going: the page is reported as missing
        print(f"  (no draft paper: {e})")
        return None


# -- server --------------------------------------------------------------------------------------


def start_gunicorn(port: int, workers: int, threads: int, env: dict, log: Path) -> subprocess.Popen:
    # The production configuration (gunicorn.conf.py), with this run's address, processes and threads.
    cmd = [
        str(VENV_BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), "boardwork.wsgi:application",
        "--bind", f"{HOST}:{port}", "--workers", str(workers), "--threads", str(threads),
        "--log-level", "warning",
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"gunicorn exited with {proc.returncode}; see {log}:\n{log.read_text()[-2000:]}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("gunicorn did not start within 60 s")


def request(conn: http.client.HTTPConnection, path: str, headers: dict) -> tuple[int, bytes]:
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    return response.status, response.read()


def sign_in(port: int, user) -> str:
    """A session cookie for `user`: through the sign-in form if there is one, else written directly."""
    from django.urls import NoReverseMatch, reverse

    try:
        path = reverse("login")
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        conn.request("GET", path)
        r = conn.getresponse()
        page = r.read().decode("utf-8", "replace")
        cookies = r.headers.get_all("Set-Cookie") or []
        csrf = next((c.split(";")[0].split("=", 1)[1] for c in cookies if c.startswith("csrftoken=")), "")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if csrf and token:
            body = urllib.parse.urlencode(
                {"username": user.get_username(), "password": PASSWORD, "csrfmiddlewaretoken": token.group(1)}
            )
            conn.request("POST", path, body=body, headers={
                "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}",
                "Referer": f"http://{HOST}:{port}{path}", "Origin": f"http://{HOST}:{port}",
            })  # fmt: skip
            r = conn.getresponse()
            r.read()
            for c in r.headers.get_all("Set-Cookie") or []:
                if c.startswith("sessionid="):
                    return c.split(";")[0]
    except (NoReverseMatch, OSError):
        pass
    print("  (signing in through the form failed: writing the session directly)")
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    s = SessionStore()
    s[SESSION_KEY] = str(user.pk)
    s[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]  # a backend not listed signs nobody in
    s[HASH_SESSION_KEY] = user.get_session_auth_hash()
    s.create()
    return f"sessionid={s.session_key}"


def load(port: int, path: str, headers: dict, clients: int, total: int, seconds: float) -> dict:
    """`total` GETs of `path` from `clients` threads (keep-alive connections), stopping at `seconds`."""
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors: list[str] = []
    remaining = [total]
    stop_at = time.monotonic() + seconds

    def worker():
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        while True:
            with lock:
                if remaining[0] <= 0 or time.monotonic() > stop_at:
                    break
                remaining[0] -= 1
            t = time.perf_counter()
            try:
                status, _ = request(conn, path, headers)
            except (OSError, http.client.HTTPException) as e:
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=60)
                with lock:
                    errors.append(type(e).__name__)
                continue
            elapsed = time.perf_counter() - t
            with lock:
                latencies.append(elapsed)
                statuses[status] = statuses.get(status, 0) + 1
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - started
    latencies.sort()

    def pct(p):
        return (
            latencies[min(len(latencies) - 1, int(round(p / 100 * (len(latencies) - 1))))] if latencies else 0
        )

    return {
        "n": len(latencies),
        "p50": pct(50),
        "p95": pct(95),
        "max": latencies[-1] if latencies else 0,
        "rps": len(latencies) / wall if wall else 0,
        "statuses": statuses,
        "errors": errors,
    }


class Writer:
    """Edits an activity every `seconds` in a thread of this process (as an officer's save would),
    so that the page cache keeps going stale while the pages are measured."""

    def __init__(self, seconds: float, board):
        self.seconds, self.board, self.edits = seconds, board, 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        from django.db import connection

        from boardwork.activities.models import Activity

        ids = list(Activity.objects.filter(board=self.board).values_list("pk", flat=True)[:500])
        while not self.done.wait(self.seconds):
            a = Activity.objects.get(pk=ids[self.edits % len(ids)])
            a.title = f"Edited while measuring ({self.edits})"
            a.save()
            self.edits += 1
        connection.close()

    def stop(self):
        self.done.set()
        self.thread.join()


def profile_queries(path: str, user, token: str | None) -> tuple[int, int, float, list[tuple[float, str]]]:
    """The page's queries, counted in-process: (count when cached; count when built afresh, its
    total ms and its three slowest)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST, **({"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}))
    if not token:
        client.force_login(user)
    from django.core.cache import cache

    client.get(path)  # warm caches (ContentTypes, templates)
    with CaptureQueriesContext(connection) as ctx:
        client.get(path)
    hit = len(ctx.captured_queries)
    cache.clear()  # what the first reader after a change runs
    from django.conf import settings

    if settings.PAGE_CACHE_SHARED:  # and no other process has built it either
        from boardwork.web.pagecache import clear_shared

        clear_shared()
    with CaptureQueriesContext(connection) as ctx:
        client.get(path)
    timed = sorted(((float(q["time"]) * 1000, q["sql"]) for q in ctx.captured_queries), reverse=True)
    return hit, len(timed), sum(t for t, _ in timed), timed[:3]


def bench_pages(info: dict) -> list[tuple[str, str | None, str]]:
    """(name, path or None when the app has no such URL, authentication) of each page measured:
    "session" (a signed-in officer), "token" (the API) or "none"."""
    from django.urls import NoReverseMatch, reverse

    board, theme = info["board"], info["theme"]
    filters = urllib.parse.urlencode({"kind": "lobbying", "theme": str(theme.uid), "q": "fire"})

    def page(name, *rev_args, query=""):
        try:
            return reverse(name, args=rev_args) + (f"?{query}" if query else "")
        except NoReverseMatch:
            return None

    pages = [
        ("static file", "/static/web/app.css", "none"),
        ("home", page("home"), "session"),
        ("board", page("board", board.slug), "session"),
        ("activity log", page("activities", board.slug), "session"),
        ("activity log, filtered", page("activities", board.slug, query=filters), "session"),
        (
            "activity log, date range",
            page("activities", board.slug, query="date_from=2020-01-01&date_to=2020-03-31"),
            "session",
        ),  # fmt: skip
        ("theme", page("theme", board.slug, theme.uid), "session"),
        ("API activities", f"/api/boards/{board.slug}/activities", "token"),
        # Running the year, people and record hygiene: page-cached too, form pages included (the
        # CSRF token is filled in per request); a draft paper is kept per reader (who may approve).
        ("plan", page("plan", board.slug), "session"),
        ("quarter grid", page("quarter", board.slug, 2), "session"),
        ("plan draft", page("plan_draft", board.slug), "session"),
        ("meetings", page("meetings", board.slug), "session"),
        ("meeting", page("meeting", board.slug, info["meeting"].uid), "session"),
        ("actions", page("actions", board.slug), "session"),
        (
            "draft paper",
            page("draft", board.slug, info["draft"].uid) if info.get("draft") else None,
            "session",
        ),
        ("people", page("people", board.slug), "session"),
        ("person", page("person", board.slug, info["person"].uid), "session"),
        ("organisation", page("organisation", info["org"].uid), "session"),
        ("change log", page("changes", board.slug), "session"),
        ("change log, activities", page("changes", board.slug, query="kind=activity"), "session"),
        ("withdrawn activities", page("activities_withdrawn", board.slug), "session"),
        ("sign-off chain", page("signoff_chain", board.slug), "session"),
        ("API activities, filtered", f"/api/boards/{board.slug}/activities?{filters}", "token"),
    ]
    return pages


def server_env(url: str, tmp: Path, *, tasks_immediate: bool, page_cache: bool = True) -> dict[str, str]:
    """The environment a bench serves Boardwork with: production settings (a fresh secret key,
    this host only), the bench's database and data folder, plain http on 127.0.0.1."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "boardwork.settings",
        "BOARDWORK_ENV": "production",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": url,
        "DATABASE_CONN_MAX_AGE": "60",
        "BOARDWORK_DATA_DIR": str(tmp),
        "SESSION_COOKIE_SECURE": "false",  # plain http on 127.0.0.1
        # False: the database queue and its worker, as in production
        "TASKS_IMMEDIATE": "true" if tasks_immediate else "false",
        "LOG_LEVEL": "WARNING",
        "BOARDWORK_PAGE_CACHE": "true" if page_cache else "false",
    }


def setup_in_process(url: str, tmp: Path, *, tasks_immediate: bool) -> None:
    """Django set up in this process with `server_env` (and the in-process test client's host),
    the database migrated and the static files collected: for benches that send their requests
    through the test client rather than a server (bench/page_cpu.py, bench/soak_cpu.py)."""
    env = server_env(url, tmp, tasks_immediate=tasks_immediate)
    env["ALLOWED_HOSTS"] = f"{HOST},testserver"
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sqlite", action="store_true", help="use SQLite instead of PostgreSQL")
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--requests", type=int, default=320, help="requests per page")
    parser.add_argument("--seconds", type=float, default=60, help="time limit per page")
    # As gunicorn.conf.py, the production settings: a process per core, 8 threads each.
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and database")
    parser.add_argument(
        "--write-every",
        type=float,
        default=0,
        metavar="SECONDS",
        help="edit an activity every SECONDS while measuring (the page cache goes stale each time)",
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help="serve with the page cache off (BOARDWORK_PAGE_CACHE=false): every request builds its page",
    )
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="boardwork-bench-web-"))
    url, drop = make_database(args.sqlite, tmp)
    env = server_env(url, tmp, tasks_immediate=True, page_cache=not args.cold)
    os.environ.update(env)
    server = None
    try:
        import django

        django.setup()
        from django.core.management import call_command

        from boardwork.boards.models import ApiToken

        print(f"database: {'SQLite' if args.sqlite else 'PostgreSQL'} ({url.split('@')[-1]})")
        call_command("migrate", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        info = generate(args.activities, args.years)
        print(
            f"generated {info['activities']:,} activities over {info['cycles']} cycles in {info['seconds']:.0f} s"
        )
        token = ApiToken.issue(info["user"], "bench")[1]

        port = free_port()
        server = start_gunicorn(port, args.workers, args.threads, env, tmp / "gunicorn.log")
        session = sign_in(port, info["user"])
        print(
            f"gunicorn: {args.workers} workers × {args.threads} threads on {HOST}:{port}; {args.clients} clients; "
            f"page cache {'off' if args.cold else 'on'}"
        )

        pages = bench_pages(info)
        # The clients' own process holds what generating the data left (Django, 98,000 rows' worth
        # of objects): frozen, its collector's full passes do not stop all 32 client threads and
        # add their pause to the server's latency.
        gc.collect()
        gc.freeze()
        writer = Writer(args.write_every, info["board"]) if args.write_every else None
        results = []
        for name, path, auth in pages:
            if path is None:
                results.append((name, "-", None, "missing (no URL)"))
                continue
            headers = {"Host": HOST}
            if auth == "session":
                headers["Cookie"] = session
            elif auth == "token":
                headers["Authorization"] = f"Bearer {token}"
            conn = http.client.HTTPConnection(HOST, port, timeout=60)
            status, _ = request(conn, path, headers)
            conn.close()
            if status == 404:
                results.append((name, path, None, "missing (404)"))
                continue
            if status != 200:
                results.append((name, path, None, f"answers {status}"))
                continue
            # Warm every worker: as many connections as clients, opened at once, reach all of them
            # (each builds its own copy of a cached page once; with BOARDWORK_PAGE_CACHE_SHARED=true
            # the first builds it and the others read it from the shared files).
            load(port, path, headers, args.clients, args.clients * 2, 10)
            stats = load(port, path, headers, args.clients, args.requests, args.seconds)
            results.append((name, path, stats, ""))

        if writer:
            writer.stop()
            print(f"\nwhile measuring, an activity was edited every {args.write_every:g} s ({writer.edits} edits):"
                  " each edit makes every cached page stale")  # fmt: skip
        static = next((s for n, _, s, _ in results if n == "static file" and s), None)
        print()
        print(f"{'page':<28} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'req/s':>7} "
              f"{'p50×static':>10} {'p95×static':>10}  note")  # fmt: skip
        for name, _path, s, note in results:
            if s is None:
                print(f"{name:<28} {'':>5} {'':>8} {'':>8} {'':>8} {'':>7} {'':>10} {'':>10}  {note}")
                continue
            bad = {k: v for k, v in s["statuses"].items() if k != 200}
            note = note or (
                "" if not bad and not s["errors"] else f"non-200: {bad} errors: {len(s['errors'])}"
            )
            if s["p95"] > 0.150 and name != "static file":
                note = (note + " " if note else "") + "p95 over 150 ms"
            r50 = s["p50"] / static["p50"] if static and static["p50"] else 0
            r95 = s["p95"] / static["p95"] if static and static["p95"] else 0
            print(
                f"{name:<28} {s['n']:>5} {s['p50'] * 1000:>8.1f} {s['p95'] * 1000:>8.1f} {s['max'] * 1000:>8.1f} "
                f"{s['rps']:>7.1f} {r50:>10.1f} {r95:>10.1f}  {note}"
            )

        print("\nqueries per page (in-process, one request after a warm-up):")
        for name, path, s, _ in results:
            if s is None or name == "static file":
                continue
            hit, count, total, slowest = profile_queries(
                path, info["user"], token if name.startswith("API") else None
            )
            print(
                f"  {name}: {hit} queries from the cache; built afresh {count} queries, {total:.1f} ms in the database"
            )
            for ms, sql in slowest:
                flat = re.sub(r"\s+", " ", sql)[:220]
                print(f"      {ms:7.1f} ms  {flat}")
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        if not args.keep:
            drop()
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"kept: {tmp} and {url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
