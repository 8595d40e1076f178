"""Board pages rendered once per change of the records and shared by everyone with the same role.

Why: a board page (overview, theme, activity log) costs 9–13 ms of CPU to build from a decade of
records, and a two-core server under 32 busy clients queues on that. The records change a few
times an hour; they are read all day. So the page a role sees is kept in Django's cache under

    (page path and query, board, role, data version, today's date)

and the next reader with that role gets it without a query about the records.

What keeps it right:
- The data version (web.DataVersion, one row in the database so that every server process sees
  it) goes up after any change to a record of the boards, plans, activities or papers apps. Saves,
  deletes and link changes are caught by Django's model signals; code that writes past them
  (bulk_create, QuerySet.update) sends boards.signals.records_changed, which lands here too. Any change gives every page a new key: coarse, but
  it cannot miss a page that shows the changed record, and changes are rare next to reads.
- The version is raised after the writing transaction has committed: at the end of the request
  that wrote (middleware), else on commit (commands, background tasks). A page rendered before
  the commit is therefore only ever stored under the older version, which nobody asks for again.
- The cached HTML holds nothing personal. It is rendered with `shared_render` set, so the base
  template leaves markers where the account name and flash messages go, and with a marker for the
  CSRF token; `personalise()` fills them in for each request. What the viewer can see is in the
  key, as the authorisation policy (boards/permissions.py) states it: the role on the board for a
  board page, `permissions.sees_key` (the role on each board) for pages about several boards.
- The markers cannot be forged by what users type (issue #12.5: an organisation's website set to
  `https://evil.example/?t=<marker>` put every viewer's CSRF token in a link). Each rendering
  draws a fresh random nonce, the markers carry it, and it is kept with the page and never shown
  to anyone; the token marker is replaced only as the whole value of the hidden
  `csrfmiddlewaretoken` input (or a `content` attribute), never elsewhere on the page.
- Entries also expire after PAGE_CACHE_SECONDS, a bound on any staleness a missed write could cause.

BOARDWORK_PAGE_CACHE=false turns it off (every page is built for every request), which is how
bench/web.py measures the cost of a page nobody has seen since the last change.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
import hashlib
import secrets
import threading
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connection, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.html import escape

from boardwork.boards.signals import records_changed

from .models import DataVersion

# Apps whose records appear on board pages; their writes raise the data version.
RECORD_APPS = {"boards", "plans", "activities", "papers"}
# Written on their own schedule and shown on no cached page. (History, `boards.change`, counts:
# the board's change log is a cached page.)
IGNORED_MODELS = {"boards.apitoken", "papers.readjob", "papers.renderjob"}
# What decides who sees a board and how a signed-in person is named (permissions.board_and_role,
# roles_of, the account name): a write to one of these also raises the second version, which
# remembered(people=True) facts are kept under, so they survive the far more frequent writes to
# activities, plans and papers. (records_changed raises both unless its sender is a record model
# outside these.)
PEOPLE_MODELS = {"boards.board", "boards.membership", "boards.person"}

# The base template writes these where the account name and messages go when `shared_render` is
# set; render_shared() turns them into nonced markers right after rendering (see the module).
ACCOUNT_MARK = "<!--bw:account-->"
MESSAGES_MARK = "<!--bw:messages-->"

# Keys being built in this process, each with the lock its waiting readers queue on.
_building: dict[str, threading.Lock] = {}
_guard = threading.Lock()

# Inside a request: a one-item list set to True when the request wrote a record. None outside.
_request_wrote: contextvars.ContextVar[list | None] = contextvars.ContextVar("bw_request_wrote", default=None)


# -- the data version -------------------------------------------------------------------------


def request_version(request) -> int | None:
    """The data version as this request first read it (None when the page cache is off)."""
    return _request_versions(request)[0]


def _request_versions(request) -> tuple[int | None, str | None]:
    if not hasattr(request, "_bw_data_versions"):
        request._bw_data_versions = _versions() if settings.PAGE_CACHE else (None, None)
    return request._bw_data_versions


def remembered(request, name: str, build, *, people: bool = False):
    """`build()`, kept until the records change: for small facts every page needs (the board a
    slug names and the user's role on it, the signed-in person's name). `name` must say
    everything the answer depends on apart from the records and today's date.

    With `people`, for a fact that depends only on boards, people and memberships (PEOPLE_MODELS):
    kept until one of those changes, so that it outlives the activity log's busiest hours."""
    records, people_version = _request_versions(request)
    if records is None:
        return build()
    version = people_version if people else records
    key = f"web:memo:{name}:{version}:{dt.date.today().isoformat()}"
    found = cache.get(key, _MISSING)
    if found is _MISSING:
        found = build()
        cache.set(key, found, settings.PAGE_CACHE_SECONDS)
    return found


_MISSING = object()


def data_version() -> int | None:
    """The current data version, or None if its row is missing (then nothing is cached)."""
    return _versions()[0]


def _versions() -> tuple[int | None, str | None]:
    """(the data version, the version of boards, people and memberships as a key part): one query.
    Without the second row (made by migration web 0003; tables emptied by a test) it counts as 0."""
    with connection.cursor() as cur:
        cur.execute(f"SELECT id, number FROM {DataVersion._meta.db_table} WHERE id IN (1, 2)")  # noqa: S608 (no input)
        rows = dict(cur.fetchall())
    records = rows.get(1)
    if records is None:
        return None, None
    return records, f"p{rows.get(2, 0)}"


def _raise(*pks: int) -> None:
    # One statement for both rows; a missing row (tables emptied by a test) is made.
    if DataVersion.objects.filter(pk__in=pks).update(number=F("number") + 1) < len(pks):
        for pk in pks:
            DataVersion.objects.get_or_create(pk=pk, defaults={"number": 1})


def _raise_version() -> None:
    _raise(1)


def _raise_people_version() -> None:
    _raise(1, 2)


def changed(using: str = DEFAULT_DB_ALIAS, *, people: bool = True) -> None:
    """Note that records changed: cached pages go stale once the change is committed. `people`:
    the change may touch boards, people or memberships (PEOPLE_MODELS), what remembered(people=True)
    facts depend on; True unless the caller knows better.

    Called by the signal receivers below (model signals, and records_changed for bulk writes)."""
    if using != DEFAULT_DB_ALIAS:
        return
    raise_now = _raise_people_version if people else _raise_version
    wrote = _request_wrote.get()
    if wrote is not None:
        # Raised once, after the view has returned and its transactions committed.
        wrote[0] = True
        wrote[1] = wrote[1] or people
    # Atomic._from_testcase (set by Django's TestCase) and run_on_commit's entries of three
    # (savepoint ids, callback, robust: Django 4.2 on) are not in django-stubs.
    elif not connection.atomic_blocks or connection.atomic_blocks[0]._from_testcase:  # type: ignore[attr-defined]
        # Outside any transaction: now. In a test case's transaction, also now: that transaction
        # is rolled back, never committed, so waiting for its commit would serve stale pages
        # (and a test runs one request at a time, so there is no race to avoid).
        raise_now()
    elif not any(func is raise_now for _, func, _ in connection.run_on_commit):  # type: ignore[misc]
        # Once per transaction, however many records it writes (a backup load saves thousands).
        # A callback registered in a savepoint that rolls back is dropped from run_on_commit, so
        # a later write in the same transaction registers it again.
        transaction.on_commit(raise_now)


def _on_write(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    meta = sender._meta
    if meta.app_label in RECORD_APPS and meta.label_lower not in IGNORED_MODELS:
        changed(using, people=meta.label_lower in PEOPLE_MODELS)


def _on_records_changed(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    # A bulk write to a record model outside PEOPLE_MODELS (an activity's organisation links, sent
    # by every new activity; themes, imported activities) cannot change a board, a person or a
    # membership: raising the second version for it threw away, in every process, the board and
    # role each request looks up, once per activity added (issue #12's soak). Anything else (no
    # model, a model of another app) raises both, as before.
    meta = getattr(sender, "_meta", None)
    records_only = (
        meta is not None and meta.app_label in RECORD_APPS and meta.label_lower not in PEOPLE_MODELS
    )
    changed(using, people=not records_only)


def connect_signals() -> None:
    """Called from WebConfig.ready()."""
    for name, signal in (("save", post_save), ("delete", post_delete), ("m2m", m2m_changed)):
        signal.connect(_on_write, dispatch_uid=f"bw-pagecache-{name}", weak=False)
    records_changed.connect(_on_records_changed, dispatch_uid="bw-pagecache-records", weak=False)


class DataVersionMiddleware:
    """Raises the data version at the end of a request that changed records (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        wrote = [False, False]  # records changed; boards, people or memberships among them
        token = _request_wrote.set(wrote)
        try:
            return self.get_response(request)
        finally:
            _request_wrote.reset(token)
            if wrote[1]:
                _raise_people_version()
            elif wrote[0]:
                _raise_version()


# -- shared pages ------------------------------------------------------------------------------


def _key(kind: str, request, scope: str, version) -> str:
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
    # Today is in the key: pages show "upcoming" meetings and default to the current cycle.
    return f"web:{kind}:{scope}:{version}:{dt.date.today().isoformat()}:{path}"


def board_scope(board, role) -> str:
    """The scope of a page everyone with `role` on `board` sees alike (the policy decides what a
    page shows from the role alone: boards/permissions.py)."""
    return f"board:{board.pk}:{role}"


def shared(kind: str, request, scope: str, build):
    """What `build()` returns for this request's path and query within `scope` (see board_scope),
    from the cache while the records are unchanged. `build` must depend on nothing else and
    return something small and picklable (a str or bytes); it is not called on a hit."""
    version = request_version(request)
    if version is None:
        return build()
    key = _key(kind, request, scope, version)
    found = cache.get(key)
    if found is None:
        # One thread of this process builds a missing page; others asking for it meanwhile wait
        # for that copy instead of building their own (under load they would all miss at once).
        with _guard:
            lock = _building.setdefault(key, threading.Lock())
        try:
            with lock:
                found = cache.get(key)
                if found is None:
                    found = _from_other_processes(key, build)
                    cache.set(key, found, settings.PAGE_CACHE_SECONDS)
        finally:
            # Also when the build raises (a 404 for an address naming no record): otherwise each
            # such address would leave its lock here for the life of the process.
            with _guard:
                _building.pop(key, None)
    return found


# Stripes of the lock files that make a page's build one per installation (see below).
LOCK_STRIPES = 64


def _from_other_processes(key: str, build):
    """The page under `key` as another server process built it, else `build()` shared with them
    (settings.PAGE_CACHE_SHARED: Django's "pages" cache, files in the data directory).

    Why: each gunicorn process has its own memory, so each built every page once per change while
    its readers queued (issue #11: the first build, with 16 readers waiting on it, was the p95 of a
    page in a run). The build takes an exclusive lock on one of LOCK_STRIPES files chosen by the
    key, so a process that misses while another builds waits for that copy rather than building
    its own. The key is the same as in this process's cache (data version, role, date), so what
    is found here is exactly as fresh."""
    if not settings.PAGE_CACHE_SHARED:
        return build()
    import fcntl

    from django.core.cache import caches

    store = caches["pages"]
    found = store.get(key)
    if found is not None:
        return found
    stripe = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % LOCK_STRIPES
    locks = _lock_dir(str(settings.CACHES["pages"]["LOCATION"]))
    with open(locks / f"{stripe}.lock", "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        found = store.get(key)
        if found is None:
            found = build()
            store.set(key, found, settings.PAGE_CACHE_SECONDS)
    return found


@functools.cache
def _lock_dir(location: str) -> Path:
    """The folder of the lock files beside the shared pages' folder, made once per process."""
    path = Path(location).parent / "page-locks"
    path.mkdir(parents=True, exist_ok=True)
    return path


def clear_shared() -> None:
    """Empty the pages kept for every process (the server calls it when it starts: a page kept by
    an earlier server, perhaps on another database with the same data version, is never served)."""
    from django.core.cache import caches

    caches["pages"].clear()


def render_shared(
    request, template: str, context, *, board=None, scope: str | None = None, per_user: bool = False
) -> HttpResponse:
    """The page `template`, from the cache when it can be: for a board, shared by everyone with
    `request.role` on it; else within `scope` (pages about several boards: a scope built from
    access.sees_key). With `per_user`, kept for the signed-in user alone (a page that says what
    this user may do, such as a draft's sign-off step): it is still built once per change of the
    records, not once per request.

    `context` is a function returning the template's context: called only when the page is not
    in the cache, so that a cached page costs no query about the records. Use for GET pages whose
    content depends only on the scope, the path and query, and the records."""
    if board is not None:
        scope = board_scope(board, request.role)
    if scope is None:
        # Without one, every caller's pages would share a scope: one user's page served to another.
        raise TypeError("render_shared needs a board or a scope")
    if per_user:
        scope = f"{scope}:user:{request.user.pk}"

    def build():
        nonce = secrets.token_hex(16)
        ctx = {**context(), "shared_render": True, "csrf_token": _csrf_mark(nonce)}
        if board is not None:
            ctx["board"] = board
        html: str = render_to_string(template, ctx, request)
        # Only the base template's own markers (the first of each) take the nonce: the same text
        # typed into a record is escaped by the template (`&lt;!--`), so it cannot be one of them.
        html = html.replace(ACCOUNT_MARK, _account_mark(nonce), 1)
        html = html.replace(MESSAGES_MARK, _messages_mark(nonce), 1)
        return (nonce, html)

    return HttpResponse(personalise(shared("html", request, scope, build), request))


def _csrf_mark(nonce: str) -> str:
    return f"bw-csrf-{nonce}"


def _account_mark(nonce: str) -> str:
    return f"<!--bw:account:{nonce}-->"


def _messages_mark(nonce: str) -> str:
    return f"<!--bw:messages:{nonce}-->"


def personalise(page: tuple[str, str], request) -> str:
    """Fill a shared page's markers in for this request's user, CSRF cookie and messages.

    `page` is (nonce, html) as render_shared's build() made it."""
    nonce, html = page
    mark = _csrf_mark(nonce)
    if mark in html:
        token = get_token(request)
        # Plain text replacements, not a regular expression: a pattern that begins with a choice
        # of two prefixes is tried at every character of the page (3.7 ms of CPU on the 166 KB
        # quarter grid, on every hit), where str.replace searches for its text directly (0.1 ms).
        for attribute in ('name="csrfmiddlewaretoken" value="', 'content="'):
            html = html.replace(f'{attribute}{mark}"', f'{attribute}{token}"')
    user = request.user
    name = ""
    if user.is_authenticated:
        name = remembered(
            request,
            f"name:{user.pk}",
            lambda: str(getattr(user, "person", None) or user.get_username()),
            people=True,
        )
    html = html.replace(_account_mark(nonce), escape(name), 1)
    from django.contrib.messages import get_messages

    storage = get_messages(request)
    notes = render_to_string("web/_messages.html", {"messages": storage}) if len(storage) else ""
    return html.replace(_messages_mark(nonce), notes, 1)
